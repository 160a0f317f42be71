import { describe, expect, it } from 'vitest';
import { Harness, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

describe('decide: recording the answer to an audience question', () => {
  it('records who answered and the gist, trimmed, with the server time', () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: 's1', text: 'Funding?' });
    h.advance(5000);
    const events = h.ok(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', by: '  Aminata Diallo ', gist: '\r\nMixed public and private funding.\r\n' });
    expect(events).toEqual([{ type: 'aq:answered', questionId: 'x1', by: 'Aminata Diallo', gist: 'Mixed public and private funding.' }]);
    expect(h.state.audienceQuestions.x1).toMatchObject({
      status: 'answered',
      answer: { by: 'Aminata Diallo', gist: 'Mixed public and private funding.', at: h.now },
    });
    // The moderator may correct it.
    h.ok(MODERATOR, { type: 'aq:answer', questionId: 'x1', by: 'Jean Tremblay', gist: 'Cooperative banks.' });
    expect(h.state.audienceQuestions.x1!.answer).toMatchObject({ by: 'Jean Tremblay', gist: 'Cooperative banks.' });
  });
});
