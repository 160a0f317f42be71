// Planned against spoken minutes per speaker, in the live speaking order, for the console's chart
// (the report reads the same numbers from its speakers section).
import { msToMinutes } from '../report/format.js';
import { spokenMs, type SessionState } from '../state.js';

export interface SpeakingMinutes {
  name: string;
  plannedMinutes: number;
  /** null: never took the floor. */
  spokenMinutes: number | null;
}

export function speakingMinutes(state: SessionState, now: number): SpeakingMinutes[] {
  const byId = new Map(state.definition.speakers.map((s) => [s.id, s]));
  const ids = [
    ...state.speakerOrder.filter((id) => byId.has(id)),
    ...[...byId.keys()].filter((id) => !state.speakerOrder.includes(id)),
  ];
  return ids.flatMap((id) => {
    const s = byId.get(id);
    if (!s) return [];
    const turn = state.turns[id];
    return [{ name: s.name, plannedMinutes: s.minutes, spokenMinutes: turn ? msToMinutes(spokenMs(turn, now)) : null }];
  });
}
