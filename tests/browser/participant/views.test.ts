// Every participant view in English, French and Spanish, on a phone and a laptop: screenshots for a
// person to look at, no serious or critical axe-core violation, no untranslated key on screen.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { connectClient } from '../../helpers/clients.js';
import { LAPTOP, PHONE, axeViolations, shot } from '../browser.js';
import { fillProfile, phone, startWorld, type World } from './harness.js';

let w: World;
afterEach(async () => w?.close());

const LOCALES = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' } as const;
const SIZES = { phone: PHONE, laptop: LAPTOP } as const;

async function check(page: Page, name: string): Promise<void> {
  await shot(page, name);
  expect(await axeViolations(page), name).toEqual([]);
  const text = await page.evaluate(() => document.body.innerText);
  // A missing string shows as its key (e.g. st_pending, answerHeading) or an unfilled {placeholder}.
  expect(text, name).not.toMatch(
    /\b[a-z]+_[a-z]+\b|\{\w+\}|\b(?:answerHeading|yourAnswers|roundQuestions|tooLong|toSpeaker|answeredBy)\b/,
  );
}

describe('participant: views', () => {
  it('renders join, profile, live and audience views in en/fr/es at 360x640 and 1366x768 without violations', async () => {
    w = await startWorld();
    const code = w.session.code;
    // Someone else's question, published and answered, so the room list has content.
    const other = await connectClient(w.server.url, code, 'participant');
    expect(
      (
        await other.send({
          type: 'aq:ask',
          questionId: 'roomq1',
          speakerId: 's1',
          text: 'How is the hub funded over time?',
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await w.moderator.send({
          type: 'aq:answer',
          questionId: 'roomq1',
          replyId: 'rep-1',
          by: 'Ben Amar Zeghadi',
          gist: 'Mixed public and member funding.',
        })
      ).ok,
    ).toBe(true);
    expect((await w.moderator.send({ type: 'phase:set', phase: { kind: 'lobby' } })).ok).toBe(true);

    for (const [lang, locale] of Object.entries(LOCALES)) {
      for (const [size, device] of Object.entries(SIZES)) {
        const tag = `${lang}-${size}`;
        const { page } = await phone(w, { ...device, locale });
        await page.goto(`${w.server.url}/join`);
        await page.getByTestId('code-input').waitFor();
        await check(page, `participant-join-${tag}`);
        await page.getByTestId('code-input').fill('zzzzzz');
        await page.getByTestId('join-submit').click();
        await page.getByTestId('join-error').locator(':scope:not(:empty)').waitFor();
        await check(page, `participant-join-error-${tag}`);

        await page.goto(`${w.server.url}/j/${code}`);
        await page.getByTestId('profile-form').waitFor();
        await check(page, `participant-profile-${tag}`);
        await fillProfile(page, `Person ${tag}`, 'Coopérative des Savanes', 'Côte d’Ivoire');
        await check(page, `participant-lobby-${tag}`);

        expect((await w.moderator.send({ type: 'phase:set', phase: { kind: 'speaker', speakerId: 's2' } })).ok).toBe(
          true,
        );
        expect((await w.moderator.send({ type: 'timer:start', durationMs: 7 * 60_000 })).ok).toBe(true);
        await page.getByTestId('speaker').waitFor();
        await check(page, `participant-speaker-${tag}`);

        expect((await w.moderator.send({ type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } })).ok).toBe(true);
        const block = page.getByTestId('question-r1q1');
        await block.getByRole('textbox').fill('Through shared local hubs and a common fund.');
        await block.getByTestId('answer-send').click();
        await block.locator('[data-state="sent"]').waitFor();
        await page.getByTestId('question-r1q2').getByRole('textbox').fill('A draft in progress');
        await page.getByTestId('question-r1q2').getByTestId('draft-saved').waitFor();
        await check(page, `participant-round-${tag}`);

        expect((await w.moderator.send({ type: 'phase:set', phase: { kind: 'audience' } })).ok).toBe(true);
        const ask = page.getByTestId('ask');
        await ask.getByTestId('ask-to').selectOption('s2');
        await ask.getByRole('textbox').fill(`Question from ${tag}: how do rural members take part?`);
        await ask.getByTestId('aq-send').click();
        await page.getByTestId('my-question').waitFor();
        await page.getByTestId('room-question').first().waitFor();
        await check(page, `participant-audience-${tag}`);

        await page.getByTestId('menu').click();
        await page.getByTestId('edit-profile').waitFor();
        await check(page, `participant-menu-${tag}`);
        await page.close();
      }
    }
  });
});
