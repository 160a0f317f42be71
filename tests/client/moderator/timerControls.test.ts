// Which command the timer's main control and the reorder moves send.
import { describe, expect, it } from 'vitest';
import { moveBy, moveTo } from '../../../client/moderator/reorder.js';
import { primaryTimer } from '../../../client/moderator/timerActions.js';
import { Harness, MIN, MODERATOR } from '../../helpers/domain.js';

describe('timer controls', () => {
  it('on a speaker’s step drives their turn; elsewhere the plain timer', () => {
    const h = new Harness();
    expect(primaryTimer(h.state, h.now)).toEqual({ label: 'startTimer', command: null });
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'speaker', speakerId: 's1' } });
    expect(primaryTimer(h.state, h.now)).toEqual({
      label: 'startTurn',
      command: { type: 'turn:start', speakerId: 's1' },
    });
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    expect(primaryTimer(h.state, h.now)?.command).toEqual({ type: 'timer:pause' });
    h.advance(MIN).ok(MODERATOR, { type: 'timer:pause' });
    expect(primaryTimer(h.state, h.now)?.command).toEqual({ type: 'timer:resume' });
    h.ok(MODERATOR, { type: 'turn:end' });
    expect(primaryTimer(h.state, h.now)?.label).toBe('continueTurn');
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'opening' } });
    h.ok(MODERATOR, { type: 'timer:reset', durationMs: 5 * MIN });
    expect(primaryTimer(h.state, h.now)).toEqual({ label: 'startTimer', command: { type: 'timer:start' } });
  });

  it('moves a speaker by one place or to a drop position', () => {
    expect(moveBy(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveBy(['a', 'b', 'c'], 'a', -1)).toBeNull();
    expect(moveTo(['a', 'b', 'c'], 'a', 3)).toEqual(['b', 'c', 'a']);
    expect(moveTo(['a', 'b', 'c'], 'c', 0)).toEqual(['c', 'a', 'b']);
    expect(moveTo(['a', 'b', 'c'], 'b', 1)).toBeNull();
  });
});
