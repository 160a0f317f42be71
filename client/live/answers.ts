// Answers as the room and the moderator see them.
import { onWall } from '../../shared/answers.js';
import type { Answer, SessionState } from '../../shared/state.js';

/** Every answer still standing for a question (withdrawn ones are gone), newest first. */
export function answersTo(s: SessionState, questionId: string): Answer[] {
  return Object.values(s.answers)
    .filter((a) => a.questionId === questionId && !a.withdrawn)
    .sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}

/** The projector's wall: visible (and, when reviewed, approved) answers, featured first, then newest first. */
export function wallOf(s: SessionState, questionIds: readonly string[]): Answer[] {
  return Object.values(s.answers)
    .filter((a) => questionIds.includes(a.questionId) && onWall(s, a))
    .sort((a, b) => Number(b.featured) - Number(a.featured) || b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}

/** How many of a question's answers the projector's wall shows. */
export function wallCount(s: SessionState, questionId: string): number {
  let n = 0;
  for (const a of Object.values(s.answers)) if (a.questionId === questionId && onWall(s, a)) n++;
  return n;
}
