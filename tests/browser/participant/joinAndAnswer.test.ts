// A participant joins by typing the code, answers the Round 1 question the moderator put on the
// floor, edits and withdraws the answer; a closed question says so and keeps the draft.
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../helpers/waitFor.js';
import {
  answersOf,
  fillProfile,
  joinByLink,
  participantNamed,
  phone,
  putOnFloor,
  startWorld,
  type World,
} from './harness.js';

let w: World;
afterEach(async () => w?.close());

describe('participant: join and answer', () => {
  it('joins by code and the answer reaches the server exactly once', async () => {
    w = await startWorld();
    const { page } = await phone(w);
    await page.goto(`${w.server.url}/join`);
    // Typed the way people do: lower case, with a dash and spaces.
    const typed = `${w.session.code.slice(0, 3).toLowerCase()} - ${w.session.code.slice(3).toLowerCase()}`;
    await page.getByTestId('code-input').fill(typed);
    await page.getByTestId('join-submit').click();
    await page.waitForURL(`**/j/${w.session.code}`);
    await fillProfile(page, 'Aminata Diallo', 'RACTES', 'Senegal');
    const pid = await participantNamed(w, 'Aminata Diallo');
    expect(w.room().participants[pid]).toMatchObject({ organization: 'RACTES', country: 'Senegal', anonymous: false });

    await putOnFloor(w, 'r1q1');
    const block = page.getByTestId('question-r1q1');
    await block.getByText('How have partnerships worked?').waitFor();
    await block.getByRole('textbox').fill('Through shared local hubs.');
    await block.getByTestId('answer-send').click();
    await block.locator('[data-testid="delivery"][data-state="sent"]').waitFor();
    await block.getByTestId('my-answer-text').getByText('Through shared local hubs.').waitFor();

    const mine = answersOf(w, pid);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ questionId: 'r1q1', text: 'Through shared local hubs.', withdrawn: false });
    // The composer is empty again, ready for another answer.
    expect(await block.getByRole('textbox').inputValue()).toBe('');
  });

  it('edits and withdraws an answer while the question is open', async () => {
    w = await startWorld();
    const { page } = await phone(w);
    await joinByLink(w, page);
    const pid = await participantNamed(w, 'Aminata Diallo');
    await putOnFloor(w, 'r1q1');
    const block = page.getByTestId('question-r1q1');
    await block.getByRole('textbox').fill('First thought');
    await block.getByTestId('answer-send').click();
    await block.locator('[data-state="sent"]').waitFor();

    await block.getByTestId('edit-answer').click();
    const edit = block.getByTestId('edit').getByRole('textbox');
    expect(await edit.inputValue()).toBe('First thought');
    await edit.fill('Second thought');
    await block.getByTestId('edit-send').click();
    await waitFor(() => answersOf(w, pid)[0]?.text === 'Second thought', { what: 'edited on the server' });
    await block.getByTestId('my-answer-text').getByText('Second thought').waitFor();

    await block.getByTestId('withdraw-answer').click();
    await block.getByTestId('confirm-withdraw').click();
    await waitFor(() => answersOf(w, pid)[0]?.withdrawn === true, { what: 'withdrawn on the server' });
    await block.getByTestId('my-answer').waitFor({ state: 'detached' });
    expect(answersOf(w, pid)).toHaveLength(1);
  });

  it('a closed question says so and keeps the draft', async () => {
    w = await startWorld();
    const { page } = await phone(w);
    await joinByLink(w, page);
    await putOnFloor(w, 'r1q2');
    const block = page.getByTestId('question-r1q2');
    await block.getByRole('textbox').fill('Half-written idea');
    await block.getByTestId('draft-saved').waitFor();
    expect((await w.moderator.send({ type: 'answering:close', questionIds: ['r1q2'] })).ok).toBe(true);
    await block.getByTestId('question-closed').waitFor();
    expect(await block.getByRole('textbox').inputValue()).toBe('Half-written idea');
    expect(await block.getByTestId('answer-send').count()).toBe(0);
    expect(Object.values(w.room().answers)).toHaveLength(0);
  });
});
