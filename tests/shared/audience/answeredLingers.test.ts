// A question just answered stays on the projector with its reply for ANSWERED_LINGER_MS, then goes.
import { describe, expect, it } from 'vitest';
import { ANSWERED_LINGER_MS, lingeringAnswered } from '../../../shared/answeredLinger.js';
import { Harness, MODERATOR, SEC, T0 } from '../../helpers/domain.js';

describe('answered audience question lingers', () => {
  it('stays a moment after its reply, then leaves', () => {
    const h = new Harness({ moderation: 'publish', audienceQuestions: 'always' });
    const p = h.join('p1');
    h.ok(p, { type: 'aq:ask', questionId: 'q1', speakerId: null, text: 'Why?' });
    h.ok(MODERATOR, { type: 'aq:pin', questionId: 'q1', pinned: true });
    expect(lingeringAnswered(h.state, T0)).toBeNull();
    h.advance(5 * SEC);
    h.ok(MODERATOR, { type: 'aq:answer', questionId: 'q1', replyId: 'r1', by: 'Ana', gist: 'Because.' });
    const at = T0 + 5 * SEC;
    expect(lingeringAnswered(h.state, at)?.id).toBe('q1');
    expect(lingeringAnswered(h.state, at + ANSWERED_LINGER_MS - 1)?.replies[0]?.gist).toBe('Because.');
    expect(lingeringAnswered(h.state, at + ANSWERED_LINGER_MS)).toBeNull();
    h.ok(MODERATOR, { type: 'aq:hide', questionId: 'q1' });
    expect(lingeringAnswered(h.state, at)).toBeNull();
  });
});
