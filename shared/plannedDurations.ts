// How long each step of the run of show is planned to take, from the definition alone. Pure.
//
// A speaker has their allotted minutes; the other blocks have no duration in a brief, so they get
// default weights (opening 5, main question 5, each guiding question 4, audience 15, closing 5
// minutes). When the brief gives a start and an end time, those blocks are scaled to fill the slot
// that the speakers leave. A round shown whole holds its questions' time (they share it).
import type { Phase, SessionState } from './state.js';
import { buildSteps, stepKey, type Step } from './runOfShow.js';

export const DEFAULT_MINUTES = { opening: 5, main: 5, question: 4, audience: 15, closing: 5 } as const;
const MIN = 60_000;

/** Planned milliseconds per step key. */
export function plannedDurations(s: SessionState, steps: readonly Step[] = buildSteps(s)): Map<string, number> {
  const d = s.definition;
  const speakerMs = (id: string) => (d.speakers.find((sp) => sp.id === id)?.minutes ?? 0) * MIN;
  const base = new Map<string, number>();
  let speakers = 0;
  let others = 0;
  for (const st of steps) {
    let ms = 0;
    if (st.kind === 'speaker') {
      ms = st.phase.kind === 'speaker' ? speakerMs(st.phase.speakerId) : 0;
      speakers += ms;
    } else if (st.kind !== 'round') {
      ms = DEFAULT_MINUTES[st.kind] * MIN;
      others += ms;
    }
    base.set(st.key, ms);
  }
  const slot = slotMs(s);
  const scale = slot !== null && slot > speakers && others > 0 ? (slot - speakers) / others : 1;
  const out = new Map<string, number>();
  for (const st of steps)
    out.set(st.key, st.kind === 'speaker' ? base.get(st.key)! : Math.round(base.get(st.key)! * scale));
  for (const st of steps) {
    if (st.kind !== 'round') continue;
    const total = steps
      .filter((q) => q.kind === 'question' && q.roundId === st.roundId)
      .reduce((n, q) => n + (out.get(q.key) ?? 0), 0);
    out.set(st.key, total);
  }
  return out;
}

/** The brief's slot length (end − start), when both are given. */
function slotMs(s: SessionState): number | null {
  const { startTime, endTime } = s.definition;
  if (!startTime || !endTime) return null;
  const [sh, sm] = startTime.split(':').map(Number) as [number, number];
  const [eh, em] = endTime.split(':').map(Number) as [number, number];
  let ms = (eh * 60 + em - (sh * 60 + sm)) * MIN;
  if (ms <= 0) ms += 24 * 60 * MIN;
  return ms;
}

/**
 * The duration a step's timer is set to when the session moves to it: its planned time in whole
 * minutes (a speaker's allotted minutes). null for a phase that is no step (lobby, end).
 */
export function plannedTimerMs(s: SessionState, phase: Phase): number | null {
  if (phase.kind === 'speaker') {
    const sp = s.definition.speakers.find((x) => x.id === phase.speakerId);
    return sp ? sp.minutes * MIN : null;
  }
  const key = stepKey(phase);
  if (key === null) return null;
  const planned = plannedDurations(s).get(key);
  return planned === undefined ? null : Math.round(planned / MIN) * MIN;
}
