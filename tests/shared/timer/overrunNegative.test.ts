import { describe, expect, it } from 'vitest';
import { pauseTimer, startTimer, timeLeft } from '../../../shared/timer.js';
import { MIN, SEC, T0 } from '../../helpers/domain.js';

describe('timer: overrun', () => {
  it('time left goes negative once the end time has passed', () => {
    const t = startTimer(1 * MIN, T0);
    expect(timeLeft(t, T0 + 1 * MIN + 1)).toBe(-1);
    expect(timeLeft(t, T0 + 3 * MIN + 15 * SEC)).toBe(-(2 * MIN + 15 * SEC));
  });

  it('pausing during an overrun keeps the negative remainder', () => {
    const t = pauseTimer(startTimer(1 * MIN, T0), T0 + 2 * MIN);
    expect(t).toEqual({ status: 'paused', durationMs: 1 * MIN, remainingMs: -1 * MIN });
    expect(timeLeft(t, T0 + 30 * MIN)).toBe(-1 * MIN);
  });
});
