// The reply id is the client's: a retried command is applied once, and an edit targets one reply.
import { describe, expect, it } from 'vitest';
import { Harness, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

describe('decide: the same reply id twice', () => {
  it('is a no-op when nothing changed, and an edit in place (position and time kept) when it did', () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Funding?' });
    const a = {
      type: 'aq:answer',
      questionId: 'x1',
      replyId: 'r-a',
      by: 'Aminata Diallo',
      gist: 'Mixed funding.',
    } as const;
    h.ok(RAPPORTEUR, a);
    const at = h.now;
    h.advance(1_000).ok(MODERATOR, {
      type: 'aq:answer',
      questionId: 'x1',
      replyId: 'r-b',
      by: 'Jean Tremblay',
      gist: 'Cooperative banks.',
    });

    // A retry (same id, same content, e.g. after a lost acknowledgement) records nothing new.
    expect(h.advance(1_000).ok(RAPPORTEUR, { ...a, by: ' Aminata Diallo ', gist: 'Mixed funding.\n' })).toEqual([]);
    expect(h.state.audienceQuestions.x1!.replies).toHaveLength(2);

    // Same id, new content: that reply changes, where it was.
    expect(h.ok(MODERATOR, { ...a, gist: 'Public and private funding.' })).toEqual([
      {
        type: 'aq:answered',
        questionId: 'x1',
        replyId: 'r-a',
        by: 'Aminata Diallo',
        gist: 'Public and private funding.',
      },
    ]);
    expect(h.state.audienceQuestions.x1!.replies).toEqual([
      { id: 'r-a', by: 'Aminata Diallo', gist: 'Public and private funding.', at },
      { id: 'r-b', by: 'Jean Tremblay', gist: 'Cooperative banks.', at: at + 1_000 },
    ]);
  });
});
