// The network drops: the answer waits on the phone, says so, and arrives exactly once when the
// network is back. A question closed meanwhile refuses it, says so, and the text returns to the draft.
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../helpers/waitFor.js';
import { answersOf, joinByLink, participantNamed, phone, putOnFloor, startWorld, type World } from './harness.js';

let w: World;
afterEach(async () => w?.close());

describe('participant: offline', () => {
  it('an answer sent offline arrives exactly once after reconnecting', async () => {
    w = await startWorld();
    const { context, page } = await phone(w);
    await joinByLink(w, page);
    const pid = await participantNamed(w, 'Aminata Diallo');
    await putOnFloor(w, 'r1q1');
    const block = page.getByTestId('question-r1q1');
    await block.getByRole('textbox').waitFor();

    await context.setOffline(true);
    await page.locator('[data-testid="connection"].badge-offline').waitFor();
    await block.getByRole('textbox').fill('Written on the bus');
    await block.getByTestId('answer-send').click();
    await block.locator('[data-testid="delivery"][data-state="waiting"]').waitFor();
    expect(await block.getByTestId('delivery').innerText()).toContain('Waiting for the network');
    expect(answersOf(w, pid)).toHaveLength(0);

    await context.setOffline(false);
    await block.locator('[data-testid="delivery"][data-state="sent"]').waitFor();
    await waitFor(() => answersOf(w, pid).length === 1, { what: 'answer on the server' });
    expect(answersOf(w, pid)[0]).toMatchObject({ questionId: 'r1q1', text: 'Written on the bus' });
    // Still once after the client has settled (no late duplicate re-send).
    await page.locator('[data-testid="connection"].badge-online').waitFor();
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid="my-answer"]').length)).toBe(1);
    expect(answersOf(w, pid)).toHaveLength(1);
  });

  it('an answer to a question closed while offline is refused and goes back to the draft', async () => {
    w = await startWorld();
    const { context, page } = await phone(w);
    await joinByLink(w, page);
    const pid = await participantNamed(w, 'Aminata Diallo');
    await putOnFloor(w, 'r1q1');
    const block = page.getByTestId('question-r1q1');
    // The phone must hold the question before the network drops (a loaded machine may deliver it late).
    await block.getByRole('textbox').waitFor();
    await context.setOffline(true);
    await page.locator('[data-testid="connection"].badge-offline').waitFor();
    await block.getByRole('textbox').fill('Too late?');
    await block.getByTestId('answer-send').click();
    await block.locator('[data-state="waiting"]').waitFor();
    expect((await w.moderator.send({ type: 'answering:close', questionIds: ['r1q1'] })).ok).toBe(true);

    await context.setOffline(false);
    await page.getByTestId('notices').getByText('This question is closed for answers').waitFor();
    await block.getByTestId('question-closed').waitFor();
    await waitFor(async () => (await block.getByRole('textbox').inputValue()) === 'Too late?', {
      what: 'draft restored',
    });
    expect(answersOf(w, pid)).toHaveLength(0);
  });
});
