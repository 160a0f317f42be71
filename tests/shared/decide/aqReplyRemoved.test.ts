import { describe, expect, it } from 'vitest';
import { Harness, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

describe('decide: removing a reply', () => {
  it('`remove: true` deletes that reply only; removing it again (a retry) is acknowledged with no event', () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Funding?' });
    h.ok(RAPPORTEUR, {
      type: 'aq:answer',
      questionId: 'x1',
      replyId: 'r1',
      by: 'Aminata Diallo',
      gist: 'Mixed funding.',
    });
    h.ok(RAPPORTEUR, {
      type: 'aq:answer',
      questionId: 'x1',
      replyId: 'r2',
      by: 'Jean Tremblay',
      gist: 'Wrong question.',
    });

    const remove = { type: 'aq:answer', questionId: 'x1', replyId: 'r2', by: '', gist: '', remove: true } as const;
    expect(h.ok(MODERATOR, remove)).toEqual([{ type: 'aq:replyRemoved', questionId: 'x1', replyId: 'r2' }]);
    expect(h.state.audienceQuestions.x1!.replies.map((r) => r.id)).toEqual(['r1']);
    expect(h.ok(MODERATOR, remove)).toEqual([]);

    // The last one gone, the question is simply unanswered again.
    h.ok(RAPPORTEUR, { ...remove, replyId: 'r1' });
    expect(h.state.audienceQuestions.x1).toMatchObject({ status: 'published', replies: [] });
    expect(h.no(RAPPORTEUR, { ...remove, questionId: 'nope' })).toBe('not_found');
  });
});
