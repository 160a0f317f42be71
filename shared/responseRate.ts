// How much of the room answered a question: "3 of 4 answered", for every kind. One count for the
// console and the projector; free of schema code so every bundle can use it.
import { isClosedQuestion } from './kinds.js';
import type { SessionState } from './state.js';

export interface ResponseRate {
  /** Distinct participants with at least one answer still standing (not withdrawn). */
  answered: number;
  /** Participants who joined the session. */
  joined: number;
}

export function responseRate(s: SessionState, questionId: string): ResponseRate {
  const joined = Object.keys(s.participants).length;
  // A closed question's tally counts its respondents: the projector holds no closed answer.
  if (isClosedQuestion(s, questionId)) return { answered: s.results?.[questionId]?.respondents ?? 0, joined };
  const who = new Set<string>();
  // Contributions recorded by the staff (no participant) are not phones of the room.
  for (const a of Object.values(s.answers))
    if (a.questionId === questionId && !a.withdrawn && a.participantId) who.add(a.participantId);
  return { answered: who.size, joined };
}
