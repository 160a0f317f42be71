// The seed report's first audience question was answered by two people, one after the other.
import { describe, expect, it } from 'vitest';
import { Harness, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

describe('decide: several replies to one audience question', () => {
  it('keeps every reply, in the order recorded, whoever records them', () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: 's1', text: 'comment on lie les différentes cultures ?' });
    h.advance(60_000).ok(MODERATOR, {
      type: 'aq:answer',
      questionId: 'x1',
      replyId: 'ben',
      by: 'Ben Zeghadi',
      gist: 'espace Swahili commun',
    });
    const first = h.now;
    h.advance(30_000).ok(RAPPORTEUR, {
      type: 'aq:answer',
      questionId: 'x1',
      replyId: 'rod',
      by: 'Rodérick Egal',
      gist: 'ESS rassemble',
    });
    expect(h.state.audienceQuestions.x1!.replies).toEqual([
      { id: 'ben', by: 'Ben Zeghadi', gist: 'espace Swahili commun', at: first },
      { id: 'rod', by: 'Rodérick Egal', gist: 'ESS rassemble', at: first + 30_000 },
    ]);
  });
});
