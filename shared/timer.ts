// The shared timer, stored as absolute times (never a ticking counter) so every screen derives
// the same time left from the server's clock: running → endsAt; paused/idle → remaining.
export type Timer =
  | { status: 'idle'; durationMs: number }
  | { status: 'running'; durationMs: number; endsAt: number }
  | { status: 'paused'; durationMs: number; remainingMs: number };

export const idleTimer = (durationMs = 0): Timer => ({ status: 'idle', durationMs });

/** Milliseconds left at server time `now`; negative once overrun. */
export function timeLeft(t: Timer, now: number): number {
  switch (t.status) {
    case 'idle':
      return t.durationMs;
    case 'running':
      return t.endsAt - now;
    case 'paused':
      return t.remainingMs;
  }
}

export function startTimer(durationMs: number, now: number): Timer {
  return { status: 'running', durationMs, endsAt: now + durationMs };
}

export function pauseTimer(t: Timer, now: number): Timer {
  return t.status === 'running' ? { status: 'paused', durationMs: t.durationMs, remainingMs: t.endsAt - now } : t;
}

export function resumeTimer(t: Timer, now: number): Timer {
  return t.status === 'paused' ? { status: 'running', durationMs: t.durationMs, endsAt: now + t.remainingMs } : t;
}

/** +1 min / -1 min: shifts what is left (and the planned duration) without restarting. */
export function adjustTimer(t: Timer, deltaMs: number): Timer {
  switch (t.status) {
    case 'idle':
      return { status: 'idle', durationMs: Math.max(0, t.durationMs + deltaMs) };
    case 'running':
      return { status: 'running', durationMs: Math.max(0, t.durationMs + deltaMs), endsAt: t.endsAt + deltaMs };
    case 'paused':
      return {
        status: 'paused',
        durationMs: Math.max(0, t.durationMs + deltaMs),
        remainingMs: t.remainingMs + deltaMs,
      };
  }
}

/** Splits a signed millisecond count into a display "m:ss" with a sign for overruns. */
export function formatClock(ms: number): string {
  const negative = ms < 0;
  // Count down by whole seconds the way a wall clock does: 59.2 s left shows 1:00 → 0:59 once crossed.
  const totalSeconds = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const m = Math.floor(totalSeconds / 60);
  const s = totalSeconds % 60;
  // The first second of overrun still reads 0:00, not −0:00.
  return `${negative && totalSeconds > 0 ? '−' : ''}${m}:${String(s).padStart(2, '0')}`;
}
