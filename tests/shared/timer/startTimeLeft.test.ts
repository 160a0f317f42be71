import { describe, expect, it } from 'vitest';
import { idleTimer, startTimer, timeLeft } from '../../../shared/timer.js';
import { MIN, SEC, T0 } from '../../helpers/domain.js';

describe('timer: start and time left', () => {
  it('an idle timer shows its whole duration whatever the time', () => {
    const t = idleTimer(5 * MIN);
    expect(t).toEqual({ status: 'idle', durationMs: 5 * MIN });
    expect(timeLeft(t, T0)).toBe(5 * MIN);
    expect(timeLeft(t, T0 + 60 * MIN)).toBe(5 * MIN);
    expect(timeLeft(idleTimer(), T0)).toBe(0);
  });

  it('a started timer stores an absolute end time and counts down from it', () => {
    const t = startTimer(10 * MIN, T0);
    expect(t).toEqual({ status: 'running', durationMs: 10 * MIN, endsAt: T0 + 10 * MIN });
    expect(timeLeft(t, T0)).toBe(10 * MIN);
    expect(timeLeft(t, T0 + 90 * SEC)).toBe(8 * MIN + 30 * SEC);
    expect(timeLeft(t, T0 + 10 * MIN)).toBe(0);
  });

  it('two screens with the same server time read the same time left', () => {
    const t = startTimer(3 * MIN, T0);
    const copy = JSON.parse(JSON.stringify(t));
    expect(timeLeft(copy, T0 + 12_345)).toBe(timeLeft(t, T0 + 12_345));
  });
});
