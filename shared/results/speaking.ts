// Planned against spoken minutes per speaker, in the live speaking order, for the console's chart
// (the report reads the same numbers from its speakers section).
import { msToMinutes } from '../report/format.js';
import { spokenMs, type SessionState } from '../state.js';
import { speakersInOrder } from '../turns.js';

export interface SpeakingMinutes {
  name: string;
  plannedMinutes: number;
  /** null: never took the floor. */
  spokenMinutes: number | null;
}

export function speakingMinutes(state: SessionState, now: number): SpeakingMinutes[] {
  return speakersInOrder(state).map((s) => {
    const turn = state.turns[s.id];
    return { name: s.name, plannedMinutes: s.minutes, spokenMinutes: turn ? msToMinutes(spokenMs(turn, now)) : null };
  });
}
