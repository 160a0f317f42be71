import { describe, expect, it } from 'vitest';
import { apply, replay } from '../../../shared/reducer.js';
import { Harness, MIN, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

describe('reducer: apply never mutates its input', () => {
  it('every event of a session applies to a deeply frozen state', () => {
    const h = new Harness({ moderation: 'approve' });
    const [p1, p2] = h.joinAll('p1', 'p2');
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } });
    h.ok(p1!, { type: 'answer:submit', answerId: 'a1', questionId: 'q1', text: 'Yes' });
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Why?' });
    h.ok(p2!, { type: 'aq:ask', questionId: 'x2', speakerId: null, text: 'How?' });
    h.ok(MODERATOR, { type: 'aq:approve', questionId: 'x1' });
    h.ok(p2!, { type: 'aq:vote', questionId: 'x1', up: true });
    h.ok(MODERATOR, { type: 'aq:merge', questionId: 'x2', into: 'x1' });
    h.ok(MODERATOR, { type: 'aq:pin', questionId: 'x1', pinned: true });
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    h.advance(MIN).ok(MODERATOR, { type: 'turn:pause' });
    h.advance(MIN).ok(MODERATOR, { type: 'turn:resume' });
    h.ok(RAPPORTEUR, { type: 'notes:save', speakerId: 's1', text: 'x', baseRev: 0 });
    h.ok(MODERATOR, { type: 'session:end' });

    // Apply event by event to deeply frozen states and events; any mutation throws (ESM is strict).
    const log = deepFreeze(structuredClone(h.log));
    let s = deepFreeze(replay(log.slice(0, 1)));
    for (const env of log.slice(1)) {
      expect(() => (s = deepFreeze(apply(s, env))), env.event.type).not.toThrow();
    }
    expect(s).toStrictEqual(h.state);
  });
});
