// How much of the room answered a question: "3 of 4 answered". One count for the console and the
// projector; free of schema code so every bundle can use it.
import type { SessionState } from './state.js';

export interface ResponseRate {
  /** Distinct participants with at least one answer still standing (not withdrawn). */
  answered: number;
  /** Participants who joined the session. */
  joined: number;
}

export function responseRate(s: SessionState, questionId: string): ResponseRate {
  const who = new Set<string>();
  for (const a of Object.values(s.answers)) if (a.questionId === questionId && !a.withdrawn) who.add(a.participantId);
  return { answered: who.size, joined: Object.keys(s.participants).length };
}
