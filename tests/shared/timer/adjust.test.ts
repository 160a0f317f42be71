import { describe, expect, it } from 'vitest';
import { adjustTimer, idleTimer, pauseTimer, startTimer, timeLeft } from '../../../shared/timer.js';
import { MIN, SEC, T0 } from '../../helpers/domain.js';

describe('timer: +1 min / -1 min', () => {
  it('shifts a running timer without restarting it', () => {
    const t = startTimer(5 * MIN, T0);
    const plus = adjustTimer(t, 1 * MIN);
    expect(plus).toEqual({ status: 'running', durationMs: 6 * MIN, endsAt: T0 + 6 * MIN });
    expect(timeLeft(plus, T0 + 2 * MIN)).toBe(4 * MIN);
    const minus = adjustTimer(t, -1 * MIN);
    expect(timeLeft(minus, T0 + 2 * MIN)).toBe(2 * MIN);
  });

  it("shifts a paused timer's remainder and its planned duration", () => {
    const p = pauseTimer(startTimer(5 * MIN, T0), T0 + 4 * MIN + 30 * SEC);
    const minus = adjustTimer(p, -1 * MIN);
    expect(minus).toEqual({ status: 'paused', durationMs: 4 * MIN, remainingMs: -30 * SEC });
    expect(adjustTimer(p, 1 * MIN)).toEqual({ status: 'paused', durationMs: 6 * MIN, remainingMs: 1 * MIN + 30 * SEC });
  });

  it("changes an idle timer's duration, never below zero", () => {
    expect(adjustTimer(idleTimer(2 * MIN), 1 * MIN)).toEqual({ status: 'idle', durationMs: 3 * MIN });
    expect(adjustTimer(idleTimer(30 * SEC), -1 * MIN)).toEqual({ status: 'idle', durationMs: 0 });
  });

  it('the planned duration never goes below zero, but time left may (an overrun)', () => {
    const t = adjustTimer(startTimer(30 * SEC, T0), -1 * MIN);
    expect(t.durationMs).toBe(0);
    expect(timeLeft(t, T0)).toBe(-30 * SEC);
  });
});
