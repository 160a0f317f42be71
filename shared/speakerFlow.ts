// Who has the floor and who speaks next, for the speaker view: one rule for every screen.
import type { SessionState } from './state.js';
import { activeTurnOf } from './turns.js';

/** The speaker now: the one in a turn, else the one whose step is on the floor; null between speakers. */
export function currentSpeakerId(s: SessionState): string | null {
  const t = activeTurnOf(s);
  if (t) return t.speakerId;
  return s.phase.kind === 'speaker' ? s.phase.speakerId : null;
}

/**
 * The next speaker in the live speaking order: the one after the current speaker; between speakers,
 * the first who has not spoken yet. Null when nobody is left.
 */
export function nextSpeakerId(s: SessionState): string | null {
  const order = s.speakerOrder;
  const cur = currentSpeakerId(s);
  if (cur !== null) {
    const i = order.indexOf(cur);
    return i >= 0 ? (order[i + 1] ?? null) : null;
  }
  return order.find((id) => !s.turns[id]) ?? null;
}
