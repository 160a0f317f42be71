// "31 of 45 answered": who answered a question, out of everyone in the room, for every kind.
import { isVisibleAnswer } from '../../shared/answers.js';
import { isClosedQuestion } from '../../shared/kinds.js';
import type { SessionState } from '../../shared/state.js';

/** People who answered: a closed question's tally counts them (the projector holds no closed answer). */
export function answeredCount(s: SessionState, questionId: string): number {
  if (isClosedQuestion(s, questionId)) return s.results?.[questionId]?.respondents ?? 0;
  const who = new Set<string>();
  for (const a of Object.values(s.answers))
    if (a.questionId === questionId && isVisibleAnswer(a)) who.add(a.participantId);
  return who.size;
}

/** Everyone who joined the session (connected now or not): the "of 45". */
export const roomSize = (s: SessionState): number => Object.keys(s.participants).length;
