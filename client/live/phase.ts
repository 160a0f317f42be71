// Where a question sits in its round, and speakers by id (what is on the floor: shared/floor.ts).
import type { SessionState } from '../../shared/state.js';

/** 1-based position of a round in the definition (0 when unknown). */
export function roundNumber(s: SessionState, roundId: string | null): number {
  if (!roundId) return 0;
  return s.definition.rounds.findIndex((r) => r.id === roundId) + 1;
}

export function roundTitle(s: SessionState, roundId: string | null): string {
  return s.definition.rounds.find((r) => r.id === roundId)?.title.trim() ?? '';
}

export function speakerById(s: SessionState, id: string) {
  return s.definition.speakers.find((sp) => sp.id === id);
}
