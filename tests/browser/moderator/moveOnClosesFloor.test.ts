// From the console: moving on closes the question that was on the floor, unless the moderator
// ticked "keep questions open"; the console lists what is open at any moment and closes it all in
// one action; the room's phones follow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConsole, poll, startWorld, type World } from './harness.js';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => w?.close());

describe('moderator console: moving on', () => {
  it('closes the previous question unless kept open, and closes all in one action', async () => {
    const { page } = await openConsole(w, { context: { viewport: { width: 1280, height: 720 } } });
    const openList = () =>
      page
        .locator('[data-testid="open-questions"] [data-open]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-open')));
    await page.locator('[data-step="question:r1q1"]').click();
    await poll(() => w.room().openQuestions).toEqual(['r1q1']);
    await poll(openList).toEqual(['r1q1']);

    // Next: r1q2 goes on the floor, r1q1 closes.
    await page.getByTestId('next-step').click();
    await poll(() => w.room().phase).toEqual({ kind: 'question', questionId: 'r1q2' });
    expect(w.room().openQuestions).toEqual(['r1q2']);
    await poll(openList).toEqual(['r1q2']);

    // Kept open: the next move leaves r1q2 open beside the new floor.
    await page.getByTestId('keep-open').check();
    await poll(() => w.room().keepFloorOpen).toBe(true);
    await page.getByTestId('next-step').click();
    await poll(() => w.room().phase).toEqual({ kind: 'question', questionId: 'r2q1' });
    await poll(() => [...w.room().openQuestions].sort()).toEqual(['r1q2', 'r2q1']);
    await poll(openList).toEqual(['r1q2', 'r2q1']);
    // Another console (or a reload) shows the same choice.
    const other = (await openConsole(w)).page;
    expect(await other.getByTestId('keep-open').isChecked()).toBe(true);

    // One action closes everything that is open.
    await page.getByTestId('close-all').click();
    await poll(() => w.room().openQuestions).toEqual([]);
    await poll(() => page.getByTestId('open-questions').innerText()).toContain('No question is open for answers.');
    await page.screenshot({ path: '.screenshots/moderator-open-questions-1280.png' });
  });
});
