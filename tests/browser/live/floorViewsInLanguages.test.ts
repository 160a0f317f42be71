// The floor's views in French, English and Spanish, mid-session with earlier answers: the phone
// (360×640), the console (1280×720 and 1366×768) and the projector (1920×1080). Screenshots for a
// person to look at, no serious axe violation, no untranslated key on screen.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient } from '../../helpers/clients.js';
import { axeViolations, newPage, PHONE } from '../browser.js';
import { fillProfile } from '../participant/harness.js';
import { startSessionWorld, type SessionWorld } from '../sessionHarness.js';

let w: SessionWorld;
beforeAll(async () => {
  w = await startSessionWorld();
});
afterAll(async () => w?.close());

const LOCALES = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' } as const;

async function look(page: Page, name: string, axe = true): Promise<void> {
  // The viewport as a person sees it (sticky panels stay where they are).
  await page.screenshot({ path: `.screenshots/${name}.png` });
  if (axe) expect(await axeViolations(page), name).toEqual([]);
  const text = await page.evaluate(() => document.body.innerText);
  expect(text, name).not.toMatch(/\b[a-z]+_[a-z]+\b|\{\w+\}|\b(?:stillOpen|earlierAnswers|responseRate|plannedFor)\b/);
}

describe('the floor in three languages', () => {
  it('phone, console and projector read well in fr, en and es', async () => {
    const mod = await connectClient(w.server.url, w.session.code, 'moderator', { key: w.session.moderatorKey });
    const go = async (questionId: string) =>
      expect((await mod.send({ type: 'phase:set', phase: { kind: 'question', questionId } })).ok).toBe(true);
    await go('main');
    for (const [lang, locale] of Object.entries(LOCALES)) {
      const { page: phone } = await newPage(w.browser, { ...PHONE, locale });
      await phone.goto(`${w.server.url}/j/${w.session.code}`);
      await fillProfile(phone, `Person ${lang}`, 'Coop', 'Senegal');
      await phone.getByTestId('answer').locator('textarea').fill(`Answer in ${lang}`);
      await phone.getByTestId('answer-send').click();
      await phone.getByTestId('my-answers').waitFor();
    }
    await go('r1q1');
    await mod.send({ type: 'answering:open', questionIds: ['main'] });
    for (const [lang, locale] of Object.entries(LOCALES)) {
      const { page: phone } = await newPage(w.browser, { ...PHONE, locale });
      await phone.goto(`${w.server.url}/j/${w.session.code}`);
      await fillProfile(phone, `Other ${lang}`, 'Coop', 'Peru');
      await phone.getByTestId('still-open').waitFor();
      await look(phone, `floor-phone-${lang}`);
      for (const viewport of [
        { width: 1280, height: 720 },
        { width: 1366, height: 768 },
      ]) {
        const { page: con } = await newPage(w.browser, { viewport, locale });
        await con.goto(w.session.links.moderator);
        await con.getByTestId('open-questions').waitFor();
        await look(con, `floor-console-${viewport.width}-${lang}`, viewport.width === 1280);
        await con.context().close();
      }
      const { page: wall } = await newPage(w.browser, { viewport: { width: 1920, height: 1080 }, locale });
      await wall.goto(w.session.links.projector);
      await wall.getByTestId('projector-rate').waitFor();
      await look(wall, `floor-projector-${lang}`);
      await wall.context().close();
    }
  }, 90_000);
});
