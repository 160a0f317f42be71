// The colour a big countdown takes as time runs out, for the speaker view and the streaming overlay:
// calm, then wrap up (the last two minutes), then the last minute, then overrun. Pure, time passed in.
import { timeLeft, type Timer } from './timer.js';

export type TimerTone = 'idle' | 'calm' | 'wrapUp' | 'lastMinute' | 'over';

/** Below this much time left the speaker is asked to wrap up. */
export const WRAP_UP_MS = 2 * 60_000;
export const LAST_MINUTE_MS = 60_000;

export function timerTone(t: Timer, now: number): TimerTone {
  if (t.status === 'idle') return 'idle';
  const left = timeLeft(t, now);
  if (left < 0) return 'over';
  if (left <= LAST_MINUTE_MS) return 'lastMinute';
  if (left <= WRAP_UP_MS) return 'wrapUp';
  return 'calm';
}
