import { describe, expect, it } from 'vitest';
import { Harness, RAPPORTEUR } from '../../helpers/domain.js';

describe('decide: recording a reply to an audience question', () => {
  it('records who answered and the gist, trimmed, under the client reply id, with the server time', () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: 's1', text: 'Funding?' });
    h.advance(5000);
    const events = h.ok(RAPPORTEUR, {
      type: 'aq:answer',
      questionId: 'x1',
      replyId: 'rep-1',
      by: '  Aminata Diallo ',
      gist: '\r\nMixed public and private funding.\r\n',
    });
    expect(events).toEqual([
      {
        type: 'aq:answered',
        questionId: 'x1',
        replyId: 'rep-1',
        by: 'Aminata Diallo',
        gist: 'Mixed public and private funding.',
      },
    ]);
    expect(h.state.audienceQuestions.x1).toMatchObject({
      status: 'published',
      replies: [{ id: 'rep-1', by: 'Aminata Diallo', gist: 'Mixed public and private funding.', at: h.now }],
    });
  });
});
