// The projector: join code and QR always visible; the speaker with the talk and the timer; the
// question with its count and the wall (hidden answers gone, featured ones first and emphasised,
// names as chosen or "Anonymous"); a whole round; read-only; no serious axe violation; screenshots
// at 1366x768 and 1920x1080.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, shot } from '../browser.js';
import {
  imageLoaded,
  joinParticipants,
  must,
  openConsole,
  openProjector,
  PEOPLE,
  startWorld,
  textOf,
  poll,
  type World,
} from '../moderator/harness.js';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => {
  await w?.close();
});

const ANSWERS = [
  'Partnerships worked where the town hall shared the budget.',
  'They worked when cooperatives had a seat at the table from the start.',
  'Slowly, and only once trust was built.',
];

async function clean(page: Page, name: string) {
  await shot(page, name);
  expect(await axeViolations(page), name).toEqual([]);
}

describe('projector', () => {
  it('shows the room what is happening, and drops a hidden answer at once', async () => {
    const people = await joinParticipants(w);
    const { page: mod } = await openConsole(w);
    const big = (await openProjector(w)).page;
    const small = (await openProjector(w, { viewport: { width: 1366, height: 768 } })).page;

    for (const p of [big, small]) {
      expect(await textOf(p, '[data-testid="projector-code"]')).toBe(w.session.code);
      await poll(() => imageLoaded(p, '.jc-qr')).toBe(true);
      // Read-only: nothing to press but the language.
      expect(await p.locator('button, input, textarea').count()).toBe(0);
    }
    await clean(big, 'projector-lobby-1920');

    // A speaker: name, organization, talk title, the shared timer.
    await mod.getByRole('button', { name: 'Start turn: Malick Diop' }).click();
    await poll(() => w.room().turns.s2?.endedAt).toBeNull();
    for (const p of [big, small]) {
      await poll(() => textOf(p, '[data-testid="projector-speaker"]')).toBe('Malick Diop');
      expect(await p.getByText('RACTES, Senegal').count()).toBe(1);
      expect(await p.getByText('Structured Dialogue').count()).toBe(1);
      await poll(() => textOf(p, '[data-testid="timer"]')).toMatch(/^[67]:\d\d$/);
    }
    await clean(big, 'projector-speaker-1920');
    await clean(small, 'projector-speaker-1366');

    // A question with answers from everyone.
    await mod.locator('[data-step="question:r1q1"]').click();
    await poll(() => w.room().openQuestions).toContain('r1q1');
    for (const [i, p] of people.entries())
      await must(p, { type: 'answer:submit', answerId: `w${i}`, questionId: 'r1q1', text: ANSWERS[i]! });
    for (const p of [big, small]) {
      await poll(() => textOf(p, '[data-testid="projector-count"]')).toBe('3 answers');
      await poll(() => p.locator('.wall-card').count()).toBe(3);
      expect(await p.locator('.wall-name').allTextContents()).toEqual(
        expect.arrayContaining([PEOPLE[0]!.name, PEOPLE[1]!.name, 'Anonymous']),
      );
    }
    // Kofi's organization and country are shown as he gave them.
    expect(await big.getByText('Coop Lomé, Togo').count()).toBe(1);

    // Hide an answer on the console (from the keyboard): it leaves the projector; the focus stays.
    const hide = mod.getByRole('button', { name: `Hide the answer from ${PEOPLE[1]!.name}` });
    await hide.focus();
    await mod.keyboard.press('Enter');
    await poll(() => w.room().answers.w1?.hidden).toBe(true);
    for (const p of [big, small]) {
      await poll(() => p.locator('.wall-card').count()).toBe(2);
      expect(await p.getByText(ANSWERS[1]!).count()).toBe(0);
      await poll(() => textOf(p, '[data-testid="projector-count"]')).toBe('2 answers');
    }
    await poll(() => hide.getAttribute('aria-pressed')).toBe('true');
    expect(await hide.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await textOf(mod, '[data-testid="count-r1q1"]')).toBe('2 answers · 1 hidden');

    // Feature another: first on the wall, emphasised.
    await mod.getByRole('button', { name: 'Feature the answer from Anonymous' }).click();
    await poll(() => w.room().answers.w2?.featured).toBe(true);
    await poll(() => big.locator('.wall-card').first().getAttribute('class')).toContain('featured');
    expect(await big.locator('.wall-card').first().textContent()).toContain(ANSWERS[2]);
    await clean(big, 'projector-question-featured-1920');
    await clean(small, 'projector-question-1366');

    // Showing it again puts it back.
    await hide.click();
    await poll(() => big.locator('.wall-card').count()).toBe(3);

    // A whole round at once: every question with its count, the answers tagged by question.
    await mod.getByRole('radio', { name: 'Whole round' }).check();
    await poll(() => w.room().phase).toEqual({ kind: 'round', roundId: 'r1' });
    await must(people[0]!, {
      type: 'answer:submit',
      answerId: 'w9',
      questionId: 'r1q2',
      text: 'Jobs that stay in the region.',
    });
    await poll(() => big.locator('.round-questions li').count()).toBe(2);
    await poll(() => big.locator('.wall-card').count()).toBe(4);
    expect(await big.locator('.wall-tag').allTextContents()).toEqual(
      expect.arrayContaining(['Question 1', 'Question 2']),
    );
    await clean(big, 'projector-round-1920');

    // The end.
    await mod.getByRole('button', { name: 'End the session…' }).click();
    await mod.getByRole('button', { name: 'End the session', exact: true }).click();
    await poll(() => w.room().phase.kind).toBe('ended');
    await poll(() => big.getByText('This session has ended. Thank you for taking part.').count()).toBe(1);
    await clean(big, 'projector-ended-1920');
  });
});
