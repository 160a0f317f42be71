// A question closed mid-sentence (the moderator moved on) keeps what the person was typing in
// front of them: the earlier questions open by themselves and show the draft, marked closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinByLink, phone, putOnFloor, startWorld, type World } from './harness.js';
import { waitFor } from '../../helpers/waitFor.js';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => w?.close());

describe('participant: moving on mid-sentence', () => {
  it('keeps the unsent draft visible once the question closes', async () => {
    const { page } = await phone(w);
    await joinByLink(w, page);
    await putOnFloor(w, 'r1q1');
    const draft = 'Partnerships worked when the town hall';
    await page.getByTestId('question-r1q1').locator('textarea').fill(draft);
    await page.getByTestId('draft-saved').waitFor();
    await putOnFloor(w, 'r1q2');
    expect(w.room().openQuestions).toEqual(['r1q2']);
    const earlier = page.getByTestId('earlier');
    await waitFor(async () => (await earlier.count()) === 1 || null, { what: 'earlier questions' });
    expect(await earlier.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const card = earlier.getByTestId('question-r1q1');
    expect(await card.locator('textarea').inputValue()).toBe(draft);
    expect(await card.getByTestId('question-closed').isVisible()).toBe(true);
    // The floor is still first.
    const first = await page.locator('[data-testid^="question-"]').first().getAttribute('data-testid');
    expect(first).toBe('question-r1q2');
  });
});
