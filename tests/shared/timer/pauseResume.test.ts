import { describe, expect, it } from 'vitest';
import { idleTimer, pauseTimer, resumeTimer, startTimer, timeLeft } from '../../../shared/timer.js';
import { MIN, SEC, T0 } from '../../helpers/domain.js';

describe('timer: pause and resume', () => {
  it('pausing freezes the time left; resuming continues from it', () => {
    const running = startTimer(5 * MIN, T0);
    const paused = pauseTimer(running, T0 + 2 * MIN);
    expect(paused).toEqual({ status: 'paused', durationMs: 5 * MIN, remainingMs: 3 * MIN });
    // Time passing while paused changes nothing.
    expect(timeLeft(paused, T0 + 50 * MIN)).toBe(3 * MIN);

    const resumed = resumeTimer(paused, T0 + 10 * MIN);
    expect(resumed).toEqual({ status: 'running', durationMs: 5 * MIN, endsAt: T0 + 13 * MIN });
    expect(timeLeft(resumed, T0 + 10 * MIN + 30 * SEC)).toBe(2 * MIN + 30 * SEC);
  });

  it('pause, resume, pause, resume accumulates only the running time', () => {
    let t = startTimer(4 * MIN, T0);
    t = pauseTimer(t, T0 + 1 * MIN); // 3 min left
    t = resumeTimer(t, T0 + 2 * MIN);
    t = pauseTimer(t, T0 + 3 * MIN); // 2 min left
    t = resumeTimer(t, T0 + 7 * MIN);
    expect(timeLeft(t, T0 + 7 * MIN)).toBe(2 * MIN);
    expect(timeLeft(t, T0 + 9 * MIN + 1 * SEC)).toBe(-1 * SEC);
  });

  it('pausing a timer that is not running, or resuming one that is not paused, is a no-op', () => {
    const idle = idleTimer(2 * MIN);
    expect(pauseTimer(idle, T0)).toBe(idle);
    expect(resumeTimer(idle, T0)).toBe(idle);
    const running = startTimer(2 * MIN, T0);
    expect(resumeTimer(running, T0 + SEC)).toBe(running);
    const paused = pauseTimer(running, T0 + SEC);
    expect(pauseTimer(paused, T0 + 2 * SEC)).toBe(paused);
  });
});
