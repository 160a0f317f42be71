// axe-core finds no serious or critical violation on the console, in every tab and state that
// matters (speaker on the floor, answers in, audience questions waiting, a form open, the shortcuts
// dialog); screenshots at 1366x768 and 360x640.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { axeViolations, shot } from '../browser.js';
import { joinParticipants, must, openConsole, startWorld, poll, type World } from './harness.js';

let w: World;
beforeAll(async () => {
  w = await startWorld({
    ...SAMPLE_DEFINITION,
    moderation: 'approve',
    mainQuestion: 'How can SSE actors co-create local solutions?',
  });
});
afterAll(async () => {
  await w?.close();
});

async function clean(page: Page, name: string) {
  await shot(page, name);
  expect(await axeViolations(page), name).toEqual([]);
}

describe('moderator console: accessibility', () => {
  it('has no serious or critical axe violation, on a laptop and on a phone', async () => {
    const people = await joinParticipants(w);
    const { page } = await openConsole(w, { links: true });
    await clean(page, 'moderator-lobby-1366');

    await page.getByRole('button', { name: 'Start turn: Ben Amar Zeghadi' }).click();
    await poll(() => w.room().turns.s1?.endedAt).toBeNull();
    await poll(() => page.getByTestId('end-turn').count()).toBe(1);
    await clean(page, 'moderator-speaker-1366');

    await page.locator('[data-step="round:r1"]').click();
    await poll(() => w.room().phase).toEqual({ kind: 'round', roundId: 'r1' });
    await must(people[0]!, {
      type: 'answer:submit',
      answerId: 'x1',
      questionId: 'r1q1',
      text: 'Local councils that listen.',
    });
    await must(people[1]!, {
      type: 'answer:submit',
      answerId: 'x2',
      questionId: 'r1q2',
      text: 'Jobs that stay in the region.',
    });
    await must(people[2]!, {
      type: 'answer:submit',
      answerId: 'x3',
      questionId: 'r1q2',
      text: 'Less paperwork for cooperatives.',
    });
    await poll(() => page.locator('.answer').count()).toBe(3);
    await page.getByRole('button', { name: 'Feature the answer from Aïcha Diallo' }).click();
    await page.getByRole('button', { name: 'Hide the answer from Anonymous' }).click();
    await poll(() => w.room().answers.x3?.hidden).toBe(true);
    await clean(page, 'moderator-round-1366');

    await must(people[0]!, {
      type: 'aq:ask',
      questionId: 'q-a',
      speakerId: 's1',
      text: 'How many jobs did the hub create?',
    });
    await must(people[1]!, {
      type: 'aq:ask',
      questionId: 'q-b',
      speakerId: null,
      text: 'What would you do differently?',
    });
    await page.getByRole('tab', { name: /Audience questions/ }).click();
    await page.getByRole('button', { name: 'Approve: How many jobs did the hub create?' }).click();
    await poll(() => w.room().audienceQuestions['q-a']?.status).toBe('published');
    await page.getByRole('button', { name: 'Add a reply: How many jobs did the hub create?' }).click();
    await page.getByRole('button', { name: 'Merge: What would you do differently?' }).click();
    await clean(page, 'moderator-audience-forms-1366');

    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('?');
    await page.getByRole('dialog').waitFor();
    await clean(page, 'moderator-shortcuts-open-1366');
    await page.keyboard.press('Escape');

    // The setup editor, embedded in its tab (built separately), opens on this session's definition.
    await page.getByRole('tab', { name: 'Setup' }).click();
    await poll(() => page.locator('#panel-setup input').count()).toBeGreaterThan(0);
    expect(
      await page.locator('#panel-setup input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toContain(SAMPLE_DEFINITION.title);
    await shot(page, 'moderator-setup-tab-1366');

    // A phone: one column, what is happening now first.
    const phone = (
      await openConsole(w, {
        context: { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
      })
    ).page;
    await page.waitForTimeout(0);
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: `${process.cwd()}/.screenshots/moderator-round-360-viewport.png` });
    await clean(phone, 'moderator-round-360');
    await phone.getByRole('tab', { name: 'Speakers' }).click();
    await clean(phone, 'moderator-speakers-360');
  });
});
