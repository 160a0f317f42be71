// The session's schedule: planned end against projected end. Pure.
//
// Planned durations come from shared/plannedDurations.ts (the same ones a step's timer is set to).
//
// Planned end: the definition's end time when it is set, on the day the session runs (a brief dated
// another day, a rehearsal or a postponed session, keeps its clock times); else its start time plus the planned total; else, once a speaker has
// started, that first turn's start minus what was planned before it, plus the planned total.
// Projected end: now + what remains of the current step (the timer's time left while it runs, else
// a speaker's unspoken minutes or the block's planned duration) + the planned duration of every later
// step (a later speaker's unspoken minutes only). Steps before the current one count as done.
import { spokenMs, type SessionState } from './state.js';
import { timeLeft } from './timer.js';
import { plannedDurations } from './plannedDurations.js';
import type { Step } from './runOfShow.js';
import { buildSteps, stepKey } from './runOfShow.js';
import { dateIn, zonedInstant } from './timeZone.js';

const MIN = 60_000;

/** Steps that make up the planned total: rounds count through their questions. */
const counted = (st: Step) => st.kind !== 'round';

export interface Schedule {
  plannedEnd: number | null;
  projectedEnd: number;
  /** projected − planned, whole minutes (positive: behind). null without a planned end. */
  deltaMinutes: number | null;
}

export function schedule(s: SessionState, now: number): Schedule | null {
  if (s.phase.kind === 'ended') return null;
  const steps = buildSteps(s);
  const planned = plannedDurations(s, steps);
  const total = steps.filter(counted).reduce((n, st) => n + (planned.get(st.key) ?? 0), 0);
  const plannedStart = definitionStart(s, now);
  const plannedEnd =
    definitionEnd(s, now) ?? (plannedStart !== null ? plannedStart + total : anchoredEnd(s, steps, planned, total));

  const key = stepKey(s.phase);
  const at = key === null ? -1 : steps.findIndex((st) => st.key === key);
  const cur = at >= 0 ? steps[at]! : null;
  let remaining = 0;
  // A round shown whole stands for its questions: skip them so they are not counted twice.
  const skipRound = cur?.kind === 'round' ? cur.roundId : null;
  if (cur) remaining += currentRemaining(s, cur, planned, now);
  for (let i = at + 1; i < steps.length; i++) {
    const st = steps[i]!;
    if (!counted(st) || (skipRound && st.roundId === skipRound)) continue;
    remaining += laterRemaining(s, st, planned, now);
  }
  const from = at === -1 && plannedStart !== null ? Math.max(now, plannedStart) : now;
  const projectedEnd = from + remaining;
  const deltaMinutes = plannedEnd === null ? null : Math.round((projectedEnd - plannedEnd) / MIN) || 0;
  return { plannedEnd, projectedEnd, deltaMinutes };
}

function speakerLeft(s: SessionState, speakerId: string, planned: number, now: number): number {
  const t = s.turns[speakerId];
  return Math.max(0, planned - (t ? spokenMs(t, now) : 0));
}

function currentRemaining(s: SessionState, st: Step, planned: Map<string, number>, now: number): number {
  const p = planned.get(st.key) ?? 0;
  if (st.phase.kind === 'speaker') {
    // A turn under way follows the shared timer, so +1 / −1 minute moves the projection too.
    const live = s.turns[st.phase.speakerId]?.endedAt === null && s.timer.status !== 'idle';
    return live ? Math.max(0, timeLeft(s.timer, now)) : speakerLeft(s, st.phase.speakerId, p, now);
  }
  if (s.timer.status !== 'idle') return Math.max(0, timeLeft(s.timer, now));
  return p;
}

function laterRemaining(s: SessionState, st: Step, planned: Map<string, number>, now: number): number {
  const p = planned.get(st.key) ?? 0;
  return st.phase.kind === 'speaker' ? speakerLeft(s, st.phase.speakerId, p, now) : p;
}

/** The day the session runs: today in the session's zone, whatever date the brief gave. */
function briefDate(s: SessionState, now: number): string {
  return dateIn(now, s.definition.timeZone);
}

function definitionStart(s: SessionState, now: number): number | null {
  const date = briefDate(s, now);
  return s.definition.startTime ? zonedInstant(date, s.definition.startTime, s.definition.timeZone) : null;
}

function definitionEnd(s: SessionState, now: number): number | null {
  const date = briefDate(s, now);
  if (!s.definition.endTime) return null;
  const end = zonedInstant(date, s.definition.endTime, s.definition.timeZone);
  const start = definitionStart(s, now);
  // An end earlier than the start crosses midnight.
  return end !== null && start !== null && end <= start ? end + 24 * 60 * MIN : end;
}

/** Without times in the brief: anchored on the first speaker's actual start. */
function anchoredEnd(
  s: SessionState,
  steps: readonly Step[],
  planned: Map<string, number>,
  total: number,
): number | null {
  let first: { at: number; key: string } | null = null;
  for (const t of Object.values(s.turns))
    if (!first || t.startedAt < first.at) first = { at: t.startedAt, key: `speaker:${t.speakerId}` };
  if (!first) return null;
  let before = 0;
  for (const st of steps) {
    if (st.key === first.key) break;
    if (counted(st)) before += planned.get(st.key) ?? 0;
  }
  return first.at - before + total;
}
