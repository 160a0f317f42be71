// Audience questions from the phone: ask the second speaker, see it waiting for approval, then
// published with votes and answered with the gist; upvote and un-upvote someone else's question.
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';
import { joinByLink, participantNamed, phone, startWorld, type World } from './harness.js';

let w: World;
afterEach(async () => w?.close());

describe('participant: audience questions', () => {
  it('asks a speaker, follows its state, and votes on others', async () => {
    w = await startWorld({ ...SAMPLE_DEFINITION, moderation: 'approve' });
    const { page } = await phone(w);
    await joinByLink(w, page);
    const pid = await participantNamed(w, 'Aminata Diallo');

    const ask = page.getByTestId('ask');
    await ask.getByTestId('ask-to').selectOption('s2');
    await ask.getByRole('textbox').fill('How does the dialogue reach rural areas?');
    await ask.getByTestId('aq-send').click();
    const mine = page.getByTestId('my-question');
    await mine.waitFor();
    expect(await mine.getAttribute('data-status')).toBe('pending');
    expect(await mine.getByTestId('my-question-status').innerText()).toBe('Waiting for approval');
    const q = (await waitFor(() => Object.values(w.room().audienceQuestions).find((x) => x.participantId === pid), {
      what: 'question on the server',
    }))!;
    expect(q).toMatchObject({ speakerId: 's2', text: 'How does the dialogue reach rural areas?', status: 'pending' });
    expect(await ask.getByRole('textbox').inputValue()).toBe('');

    // Two others upvote once approved; the moderator answers it.
    expect((await w.moderator.send({ type: 'aq:approve', questionId: q.id })).ok).toBe(true);
    await page.locator('[data-testid="my-question"][data-status="published"]').waitFor();
    const others = await Promise.all([1, 2].map(() => connectClient(w.server.url, w.session.code, 'participant')));
    for (const o of others) expect((await o.send({ type: 'aq:vote', questionId: q.id, up: true })).ok).toBe(true);
    await mine.getByText('2 votes').waitFor();
    expect(
      (
        await w.moderator.send({
          type: 'aq:answer',
          questionId: q.id,
          replyId: 'rep-1',
          by: 'Malick Diop',
          gist: 'Through local radio.',
        })
      ).ok,
    ).toBe(true);
    await page.locator('[data-testid="my-question"][data-status="answered"]').waitFor();
    await mine.getByText('Answered by Malick Diop').waitFor();
    await mine.getByText('Through local radio.').waitFor();
    // A second speaker adds to it: both replies, in order.
    expect(
      (
        await w.moderator.send({
          type: 'aq:answer',
          questionId: q.id,
          replyId: 'rep-2',
          by: 'Aïcha Diallo',
          gist: 'And community radios.',
        })
      ).ok,
    ).toBe(true);
    await mine.getByText('Answered by Aïcha Diallo').waitFor();
    const shown = (await mine.getByTestId('aq-reply').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(shown).toEqual([
      'Answered by Malick Diop Through local radio.',
      'Answered by Aïcha Diallo And community radios.',
    ]);

    // Someone else's question: upvote, then take the vote back.
    const theirs = others[0]!;
    expect(
      (await theirs.send({ type: 'aq:ask', questionId: 'otherq1', speakerId: null, text: 'What about funding?' })).ok,
    ).toBe(true);
    expect((await w.moderator.send({ type: 'aq:approve', questionId: 'otherq1' })).ok).toBe(true);
    const item = page.getByTestId('room-question').filter({ hasText: 'What about funding?' });
    await item.getByText('To the whole panel').waitFor();
    const vote = item.getByTestId('vote');
    expect(await vote.getAttribute('aria-pressed')).toBe('false');
    await vote.click();
    await waitFor(() => w.room().audienceQuestions.otherq1!.voters.includes(pid), { what: 'vote on the server' });
    expect(await vote.getAttribute('aria-pressed')).toBe('true');
    await vote.click();
    await waitFor(() => !w.room().audienceQuestions.otherq1!.voters.includes(pid), { what: 'vote withdrawn' });
    expect(await vote.getAttribute('aria-pressed')).toBe('false');
    // Own questions are never in the room list (no voting for yourself).
    expect(await page.getByTestId('room-question').filter({ hasText: 'rural areas' }).count()).toBe(0);
  });
});
