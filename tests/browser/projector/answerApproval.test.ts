// Answers reviewed before they reach the wall (a per-session setting): the projector shows only
// the answers the moderator approved, one key each on the console (A approves, H hides), and the
// response rate ("3 of 4 answered") on the console and the projector.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { axeViolations, shot } from '../browser.js';
import {
  joinParticipants,
  must,
  openConsole,
  openProjector,
  PEOPLE,
  poll,
  startWorld,
  textOf,
  type World,
} from '../moderator/harness.js';

let w: World;
beforeAll(async () => {
  w = await startWorld({ ...SAMPLE_DEFINITION, answerModeration: 'approve' });
});
afterAll(async () => w?.close());

const TEXTS = ['Shared budgets with the town hall.', 'A seat at the table from the start.', 'Trust, slowly.'];

describe('projector: answers approved first', () => {
  it('keeps unapproved and hidden answers off the wall', async () => {
    // Four in the room; three answer.
    const people = await joinParticipants(w, [
      ...PEOPLE,
      { name: 'Lucía Pérez', organization: 'Coop', country: 'Peru' },
    ]);
    const { page: mod } = await openConsole(w, { context: { viewport: { width: 1366, height: 768 } } });
    const { page: wall } = await openProjector(w);
    await mod.locator('[data-step="question:r1q1"]').click();
    await poll(() => w.room().openQuestions).toContain('r1q1');
    for (const [i, text] of TEXTS.entries())
      await must(people[i]!, { type: 'answer:submit', answerId: `ap${i}`, questionId: 'r1q1', text });

    await poll(() => mod.locator('.answer').count()).toBe(3);
    expect(await textOf(mod, '[data-testid="rate-r1q1"]')).toBe('3 of 4 answered');
    await poll(() => textOf(wall, '[data-testid="projector-rate"]')).toBe('3 of 4 answered');
    // Nothing approved yet: nothing on the wall.
    expect(await textOf(wall, '[data-testid="projector-count"]')).toBe('0 answers');
    expect(await wall.locator('.wall-card').count()).toBe(0);
    expect(await wall.getByText(TEXTS[0]!).count()).toBe(0);

    const audienceBefore = w.room().audienceOpen;
    // A on a focused answer approves it (and is not the console's "audience" shortcut there).
    await mod.locator('[data-answer="ap0"]').focus();
    await mod.keyboard.press('a');
    await poll(() => w.room().answers.ap0?.approved).toBe(true);
    expect(w.room().audienceOpen).toBe(audienceBefore);
    await poll(() => wall.locator('.wall-card').count()).toBe(1);
    expect(await textOf(wall, '.wall-text')).toBe(TEXTS[0]);

    // H hides another; the button approves the third.
    await mod.locator('[data-answer="ap1"]').focus();
    await mod.keyboard.press('h');
    await poll(() => w.room().answers.ap1?.hidden).toBe(true);
    await mod.getByRole('button', { name: 'Approve the answer from Anonymous for the projector' }).click();
    await poll(() => wall.locator('.wall-card').count()).toBe(2);
    await poll(() => textOf(wall, '[data-testid="projector-count"]')).toBe('2 answers');
    expect(await wall.getByText(TEXTS[1]!).count()).toBe(0);
    // A second A takes the approval back: off the wall again.
    await mod.locator('[data-answer="ap0"]').focus();
    await mod.keyboard.press('a');
    await poll(() => wall.locator('.wall-card').count()).toBe(1);
    expect(await wall.getByText(TEXTS[0]!).count()).toBe(0);

    await shot(mod, 'moderator-answer-review-1366');
    await shot(wall, 'projector-approved-1920');
    expect(await axeViolations(mod)).toEqual([]);
    expect(await axeViolations(wall)).toEqual([]);
  });
});
