// Participation over time: phones joined so far and answers given, minute by minute (or by wider
// steps in a long session, so a chart keeps at most MAX_BINS bars). Pure: the times are passed in.
import type { SessionState } from '../state.js';

export const MAX_BINS = 120;
const MINUTE = 60_000;

export interface TimelineBin {
  /** Start of the step (ms). */
  at: number;
  /** Phones that had joined by the end of the step. */
  joined: number;
  /** Answers submitted during the step. */
  answers: number;
}

export interface Timeline {
  /** Minutes per step (1 unless the session was long). */
  stepMinutes: number;
  bins: TimelineBin[];
  totalAnswers: number;
}

/** From the first join or answer to the session's end (or the last of them, or `now` while it runs). */
export function participationTimeline(
  joins: readonly number[],
  answers: readonly number[],
  end: number | null,
  now: number,
): Timeline {
  const times = [...joins, ...answers];
  if (!times.length) return { stepMinutes: 1, bins: [], totalAnswers: 0 };
  const first = Math.floor(Math.min(...times) / MINUTE) * MINUTE;
  const last = Math.max(end ?? now, ...times);
  const minutes = Math.max(1, Math.ceil((last + 1 - first) / MINUTE));
  const stepMinutes = Math.max(1, Math.ceil(minutes / MAX_BINS));
  const step = stepMinutes * MINUTE;
  const count = Math.ceil(minutes / stepMinutes);
  const bins: TimelineBin[] = Array.from({ length: count }, (_, i) => ({
    at: first + i * step,
    joined: 0,
    answers: 0,
  }));
  const index = (t: number): number => Math.min(count - 1, Math.max(0, Math.floor((t - first) / step)));
  for (const t of answers) {
    const b = bins[index(t)];
    if (b) b.answers++;
  }
  const joinedIn = new Array<number>(count).fill(0);
  for (const t of joins) joinedIn[index(t)] = (joinedIn[index(t)] ?? 0) + 1;
  let sum = 0;
  bins.forEach((b, i) => {
    sum += joinedIn[i] ?? 0;
    b.joined = sum;
  });
  return { stepMinutes, bins, totalAnswers: answers.length };
}

/** A session's timeline: participants' joins and every answer not withdrawn (closed kinds included). */
export function sessionTimeline(state: SessionState, now: number): Timeline {
  return participationTimeline(
    Object.values(state.participants).map((p) => p.joinedAt),
    Object.values(state.answers)
      .filter((a) => !a.withdrawn)
      .map((a) => a.createdAt),
    state.endedAt,
    now,
  );
}
