// Speaking-turn lookups shared by the domain and the views.
import type { Speaker } from './definition.js';
import type { SessionState, Turn } from './state.js';

/** The turn in progress (at most one), or null. */
export function activeTurnOf(s: SessionState): Turn | null {
  for (const t of Object.values(s.turns)) if (t.endedAt === null) return t;
  return null;
}

/** Speakers in the live speaking order, then any the order does not list (defensive: definition edits). */
export function speakersInOrder(s: SessionState): Speaker[] {
  const byId = new Map(s.definition.speakers.map((sp) => [sp.id, sp]));
  const ids = [
    ...s.speakerOrder.filter((id) => byId.has(id)),
    ...[...byId.keys()].filter((id) => !s.speakerOrder.includes(id)),
  ];
  return ids.map((id) => byId.get(id)!);
}
