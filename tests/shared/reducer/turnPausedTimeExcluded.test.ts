import { describe, expect, it } from 'vitest';
import { spokenMs } from '../../../shared/state.js';
import { Harness, MIN, MODERATOR, SEC, T0 } from '../../helpers/domain.js';

describe('reducer: a speaking turn records spoken time with pauses excluded', () => {
  it('turn:start → timer:pause → timer:resume → turn:end', () => {
    const h = new Harness();
    h.at(T0 + 1 * MIN).ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    h.at(T0 + 3 * MIN).ok(MODERATOR, { type: 'timer:pause' });
    expect(h.state.turns.s1).toMatchObject({
      startedAt: T0 + 1 * MIN,
      pausedAt: T0 + 3 * MIN,
      pausedMs: 0,
      endedAt: null,
    });
    // While paused, the spoken time stands still.
    expect(spokenMs(h.state.turns.s1!, T0 + 3 * MIN)).toBe(2 * MIN);
    expect(spokenMs(h.state.turns.s1!, T0 + 4 * MIN)).toBe(2 * MIN);

    h.at(T0 + 5 * MIN + 30 * SEC).ok(MODERATOR, { type: 'timer:resume' });
    expect(h.state.turns.s1).toMatchObject({ pausedAt: null, pausedMs: 2 * MIN + 30 * SEC });
    expect(spokenMs(h.state.turns.s1!, T0 + 6 * MIN + 30 * SEC)).toBe(3 * MIN);

    h.at(T0 + 9 * MIN).ok(MODERATOR, { type: 'turn:end' });
    const turn = h.state.turns.s1!;
    expect(turn).toEqual({
      speakerId: 's1',
      startedAt: T0 + 1 * MIN,
      endedAt: T0 + 9 * MIN,
      pausedMs: 2 * MIN + 30 * SEC,
      pausedAt: null,
    });
    expect(spokenMs(turn, T0 + 9 * MIN)).toBe(5 * MIN + 30 * SEC);
    // An ended turn no longer grows.
    expect(spokenMs(turn, T0 + 60 * MIN)).toBe(5 * MIN + 30 * SEC);
  });

  it('the timer follows the turn: paused with the allotted time left, frozen at the end', () => {
    const h = new Harness();
    h.at(T0).ok(MODERATOR, { type: 'turn:start', speakerId: 's2' }); // 5 minutes allotted
    expect(h.state.timer).toEqual({ status: 'running', durationMs: 5 * MIN, endsAt: T0 + 5 * MIN });
    h.at(T0 + 1 * MIN).ok(MODERATOR, { type: 'timer:pause' });
    expect(h.state.timer).toEqual({ status: 'paused', durationMs: 5 * MIN, remainingMs: 4 * MIN });
    h.at(T0 + 3 * MIN).ok(MODERATOR, { type: 'timer:resume' });
    expect(h.state.timer).toEqual({ status: 'running', durationMs: 5 * MIN, endsAt: T0 + 7 * MIN });
    // Overrun by 30 s, then end: the display freezes at −0:30.
    h.at(T0 + 7 * MIN + 30 * SEC).ok(MODERATOR, { type: 'turn:end' });
    expect(h.state.timer).toEqual({ status: 'paused', durationMs: 5 * MIN, remainingMs: -30 * SEC });
    expect(spokenMs(h.state.turns.s2!, h.now)).toBe(5 * MIN + 30 * SEC);
  });

  it('turn:pause / turn:resume exclude the pause the same way', () => {
    const h = new Harness();
    h.at(T0).ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    h.at(T0 + 1 * MIN).ok(MODERATOR, { type: 'turn:pause' });
    h.at(T0 + 2 * MIN).ok(MODERATOR, { type: 'turn:resume' });
    h.at(T0 + 3 * MIN).ok(MODERATOR, { type: 'turn:pause' });
    // Ending while paused counts the pause up to the end as paused.
    h.at(T0 + 10 * MIN).ok(MODERATOR, { type: 'turn:end' });
    expect(h.state.turns.s1).toMatchObject({ pausedMs: 8 * MIN, pausedAt: null, endedAt: T0 + 10 * MIN });
    expect(spokenMs(h.state.turns.s1!, T0 + 10 * MIN)).toBe(2 * MIN);
  });
});
