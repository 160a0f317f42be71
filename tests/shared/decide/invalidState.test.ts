import { describe, expect, it } from 'vitest';
import { Harness, MIN, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

describe('decide: commands that do not fit the current state are invalid_state', () => {
  it('timer: pausing an idle timer, resuming a running one, starting with no duration', () => {
    const h = new Harness();
    expect(h.no(MODERATOR, { type: 'timer:pause' })).toBe('invalid_state');
    expect(h.no(MODERATOR, { type: 'timer:resume' })).toBe('invalid_state');
    expect(h.no(MODERATOR, { type: 'timer:start' })).toBe('invalid_state');
    expect(h.no(MODERATOR, { type: 'timer:start', durationMs: 0 })).toBe('invalid_state');
    h.ok(MODERATOR, { type: 'timer:start', durationMs: 2 * MIN });
    expect(h.no(MODERATOR, { type: 'timer:resume' })).toBe('invalid_state');
    h.ok(MODERATOR, { type: 'timer:pause' });
    expect(h.no(MODERATOR, { type: 'timer:pause' })).toBe('invalid_state');
  });

  it('turns: pausing, resuming or ending with no turn; resuming one not paused; pausing twice', () => {
    const h = new Harness();
    expect(h.no(MODERATOR, { type: 'turn:pause' })).toBe('invalid_state');
    expect(h.no(MODERATOR, { type: 'turn:resume' })).toBe('invalid_state');
    expect(h.no(MODERATOR, { type: 'turn:end' })).toBe('invalid_state');
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    expect(h.no(MODERATOR, { type: 'turn:resume' })).toBe('invalid_state');
    h.ok(MODERATOR, { type: 'turn:pause' });
    expect(h.no(MODERATOR, { type: 'turn:pause' })).toBe('invalid_state');
    h.ok(MODERATOR, { type: 'turn:end' });
    expect(h.no(MODERATOR, { type: 'turn:end' })).toBe('invalid_state');
  });

  it('audience questions: own vote, pinning or answering a pending one, merging into a merged or hidden one', () => {
    const h = new Harness({ moderation: 'approve' });
    const [p1, p2] = h.joinAll('p1', 'p2');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'One' });
    h.ok(p2!, { type: 'aq:ask', questionId: 'x2', speakerId: null, text: 'Two' });
    h.ok(p2!, { type: 'aq:ask', questionId: 'x3', speakerId: null, text: 'Three' });
    expect(h.no(MODERATOR, { type: 'aq:pin', questionId: 'x1', pinned: true })).toBe('invalid_state');
    expect(h.no(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', replyId: 'r1', by: 'S', gist: 'G' })).toBe(
      'invalid_state',
    );
    h.ok(MODERATOR, { type: 'aq:approve', questionId: 'x1' });
    expect(h.no(p1!, { type: 'aq:vote', questionId: 'x1', up: true })).toBe('invalid_state');

    h.ok(MODERATOR, { type: 'aq:merge', questionId: 'x2', into: 'x1' });
    expect(h.no(MODERATOR, { type: 'aq:merge', questionId: 'x3', into: 'x2' })).toBe('invalid_state');
    expect(h.no(MODERATOR, { type: 'aq:merge', questionId: 'x2', into: 'x1' })).toBe('invalid_state');
    expect(h.no(MODERATOR, { type: 'aq:approve', questionId: 'x2' })).toBe('invalid_state');
    expect(h.no(RAPPORTEUR, { type: 'aq:answer', questionId: 'x2', replyId: 'r1', by: 'S', gist: 'G' })).toBe(
      'invalid_state',
    );

    h.ok(MODERATOR, { type: 'aq:hide', questionId: 'x1' });
    expect(h.no(MODERATOR, { type: 'aq:merge', questionId: 'x3', into: 'x1' })).toBe('invalid_state');
    expect(h.no(MODERATOR, { type: 'aq:pin', questionId: 'x1', pinned: true })).toBe('invalid_state');
  });
});
