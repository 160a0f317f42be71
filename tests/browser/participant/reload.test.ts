// A reload in the middle of typing loses nothing: the draft is back, and the participant is still
// the same person (no second join).
import { afterEach, describe, expect, it } from 'vitest';
import { joinByLink, phone, putOnFloor, startWorld, type World } from './harness.js';

let w: World;
afterEach(async () => w?.close());

describe('participant: reload', () => {
  it('keeps the draft across a reload', async () => {
    w = await startWorld();
    const { page } = await phone(w);
    await joinByLink(w, page);
    await putOnFloor(w, 'r1q1');
    const block = page.getByTestId('question-r1q1');
    await block.getByRole('textbox').fill('Partnerships worked when the municipality');
    await block.getByTestId('draft-saved').waitFor();

    await page.reload();
    await page.getByTestId('now').waitFor();
    const again = page.getByTestId('question-r1q1').getByRole('textbox');
    await again.waitFor();
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="question-r1q1"] textarea') as HTMLTextAreaElement | null)?.value !== '',
    );
    expect(await again.inputValue()).toBe('Partnerships worked when the municipality');
    // The same participant: no profile asked again, no second participant on the server.
    expect(await page.getByTestId('profile-form').count()).toBe(0);
    expect(Object.keys(w.room().participants)).toHaveLength(1);
  });
});
