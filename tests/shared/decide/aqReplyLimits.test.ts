import { describe, expect, it } from 'vitest';
import { MAX_AQ_REPLIES } from '../../../shared/state.js';
import { Harness, RAPPORTEUR } from '../../helpers/domain.js';

describe('decide: what a reply to an audience question may hold', () => {
  it('refuses a reply with neither a name nor a gist, and more than MAX_AQ_REPLIES replies to one question', () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'One' });
    expect(h.no(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', replyId: 'r1', by: '  ', gist: '\n' })).toBe(
      'invalid_payload',
    );
    // A name alone, or a gist alone, is a reply.
    h.ok(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', replyId: 'r1', by: 'Ben Zeghadi', gist: '' });
    h.ok(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', replyId: 'r2', by: '', gist: 'ESS rassemble' });
    for (let i = 3; i <= MAX_AQ_REPLIES; i++)
      h.ok(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', replyId: `r${i}`, by: 'S', gist: `G${i}` });
    expect(h.state.audienceQuestions.x1!.replies).toHaveLength(MAX_AQ_REPLIES);
    expect(h.no(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', replyId: 'one-too-many', by: 'S', gist: 'G' })).toBe(
      'invalid_state',
    );
    // Editing or removing one of them is still fine.
    h.ok(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', replyId: 'r3', by: 'S', gist: 'Edited' });
    h.ok(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', replyId: 'r4', by: '', gist: '', remove: true });
    h.ok(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', replyId: 'one-more', by: 'S', gist: 'G' });
  });
});
