// Answers as the room sees them: free of schema code so every bundle can use it.
import type { Answer, SessionState } from './state.js';

/** Answers the projector and the report may show: not withdrawn by their author, not hidden by the moderator. */
export const isVisibleAnswer = (a: Answer): boolean => !a.withdrawn && !a.hidden;

/** Whether this session's answers wait for the moderator's approval before the projector shows them. */
export const answersReviewed = (s: SessionState): boolean => s.definition.answerModeration === 'approve';

/** An answer the projector's wall shows: visible and, when answers are reviewed first, approved. */
export const onWall = (s: SessionState, a: Answer): boolean =>
  isVisibleAnswer(a) && (!answersReviewed(s) || a.approved === true);
