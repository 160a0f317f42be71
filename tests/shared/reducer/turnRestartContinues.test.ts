import { describe, expect, it } from 'vitest';
import { spokenMs } from '../../../shared/state.js';
import { timeLeft } from '../../../shared/timer.js';
import { Harness, MIN, MODERATOR, SEC, T0 } from '../../helpers/domain.js';

describe('reducer: restarting an ended turn continues it', () => {
  it('keeps the first start, counts the gap as paused and adds the new speaking time', () => {
    const h = new Harness();
    h.at(T0).ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    h.at(T0 + 4 * MIN).ok(MODERATOR, { type: 'turn:end' });
    // Someone else speaks in between.
    h.at(T0 + 5 * MIN).ok(MODERATOR, { type: 'turn:start', speakerId: 's2' });
    h.at(T0 + 8 * MIN).ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    expect(h.state.turns.s2).toMatchObject({ endedAt: T0 + 8 * MIN });
    expect(h.state.turns.s1).toEqual({
      speakerId: 's1',
      startedAt: T0,
      endedAt: null,
      pausedMs: 4 * MIN,
      pausedAt: null,
    });
    // The timer carries on with what is left of the 10 allotted minutes.
    expect(timeLeft(h.state.timer, h.now)).toBe(6 * MIN);

    h.at(T0 + 9 * MIN + 30 * SEC).ok(MODERATOR, { type: 'turn:end' });
    expect(spokenMs(h.state.turns.s1!, h.now)).toBe(5 * MIN + 30 * SEC);
    expect(spokenMs(h.state.turns.s2!, h.now)).toBe(3 * MIN);
  });

  it('a speaker already over their time restarts with a negative time left', () => {
    const h = new Harness();
    h.at(T0).ok(MODERATOR, { type: 'turn:start', speakerId: 's2' }); // 5 minutes
    h.at(T0 + 6 * MIN).ok(MODERATOR, { type: 'turn:end' });
    h.at(T0 + 20 * MIN).ok(MODERATOR, { type: 'turn:start', speakerId: 's2' });
    expect(timeLeft(h.state.timer, h.now)).toBe(-1 * MIN);
    expect(spokenMs(h.state.turns.s2!, h.now + 10 * SEC)).toBe(6 * MIN + 10 * SEC);
  });

  it('starting the turn that is already running is refused', () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    expect(h.no(MODERATOR, { type: 'turn:start', speakerId: 's1' })).toBe('invalid_state');
  });
});
