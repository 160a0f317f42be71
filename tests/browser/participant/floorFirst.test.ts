// The phone follows the floor through a whole run of show: the first question card is always the
// one on the floor (its text in the "now" card), earlier answers fold away under "your answers",
// and by the audience step the form to ask a speaker is the only box to type in on the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionsOfPhase } from '../../../shared/floor.js';
import { buildSteps } from '../../../shared/runOfShow.js';
import { axeViolations, shot } from '../browser.js';
import { joinByLink, phone, startWorld, type World } from './harness.js';
import { waitFor } from '../../helpers/waitFor.js';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => w?.close());

describe('participant: the floor first', () => {
  it('shows the question on the floor first at every step, and folds what was answered', async () => {
    const { page } = await phone(w);
    await joinByLink(w, page);
    const firstCard = () =>
      page.locator('[data-testid^="question-"]').evaluateAll((els) => els[0]?.getAttribute('data-testid') ?? null);
    let answered = 0;
    for (const st of buildSteps(w.room())) {
      const ack = await w.moderator.send({ type: 'phase:set', phase: st.phase });
      expect(ack.ok, st.key).toBe(true);
      const floor = questionsOfPhase(w.room());
      // Off the questions (a speaker, the audience), no question is on top: only folded ones below.
      const want = floor[0] ? `question-${floor[0]}` : null;
      await waitFor(
        async () =>
          want
            ? (await firstCard()) === want || null
            : (await page.getByTestId('answers').count()) === 0 && (await page.getByTestId('phase').textContent()),
        { what: `first card at ${st.key}` },
      );
      if (st.phase.kind === 'question') {
        // Its text is in the "now" card; the card below holds only the answer box.
        const text = w
          .room()
          .definition.rounds.flatMap((r) => r.questions)
          .find((q) => q.id === floor[0])?.text;
        expect(await page.getByTestId('now-question').textContent()).toBe(text ?? w.room().definition.mainQuestion);
        const card = page.getByTestId(`question-${floor[0]}`).first();
        await card.locator('textarea').fill(`My answer at ${st.key}`);
        await card.getByTestId('answer-send').click();
        answered++;
        await waitFor(() => Object.keys(w.room().answers).length === answered || null, { what: 'answer stored' });
        await shot(page, `phone-floor-${st.key.replace(':', '-')}`);
      }
      // Nothing but the floor is unfolded: every other question is inside a closed <details>.
      const loose = await page
        .locator('[data-testid^="question-"]')
        .evaluateAll((els) => els.filter((e) => !e.closest('[data-testid="answers"]') && !e.closest('details')).length);
      expect(loose, st.key).toBe(0);
    }
    // At the audience step (closing came after it): go back to it and look.
    await w.moderator.send({ type: 'phase:set', phase: { kind: 'audience' } });
    await page.getByTestId('ask').waitFor();
    await waitFor(async () => (await page.locator('textarea:visible').count()) === 1 || null, {
      what: 'the ask form is the only box',
    });
    const earlier = page.getByTestId('earlier');
    expect(await earlier.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await earlier.locator('summary').textContent()).toBe(`Your answers: ${answered} earlier questions`);
    // The ask form starts within the first two screens of a 360×640 phone.
    const box = await page.getByTestId('ask').boundingBox();
    expect(box!.y).toBeLessThan(2 * 640);
    await shot(page, 'phone-floor-audience');
    // Opening "your answers" shows each with the answer given, closed for new ones.
    await earlier.locator('summary').click();
    expect(await earlier.getByTestId('my-answers').count()).toBe(answered);
    expect(await earlier.getByTestId('question-closed').count()).toBe(answered);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'phone-floor-earlier-open');
  });
});
