// What is on the floor: the questions a phase puts before the room (shown on the projector, opened
// for answers when the phase begins, answerable on the phones). One rule for the server's decide()
// and every screen; free of schema code so the participant bundle can use it.
import { exhaustive } from './exhaustive.js';
import { allQuestions, type QuestionRef } from './questions.js';
import type { Phase, SessionState } from './state.js';

/** Questions the phase puts on the floor, in run-of-show order (the main question, or a whole round). */
export function floorQuestions(s: SessionState, p: Phase = s.phase): QuestionRef[] {
  switch (p.kind) {
    case 'question':
      return allQuestions(s.definition).filter((q) => q.id === p.questionId);
    case 'round':
      return allQuestions(s.definition).filter((q) => q.roundId === p.roundId);
    case 'lobby':
    case 'opening':
    case 'speaker':
    case 'audience':
    case 'closing':
    case 'ended':
      return [];
    default:
      return exhaustive(p, 'phase');
  }
}

/** The ids of `floorQuestions`: what decide() opens for answers when the phase begins. */
export const questionsOfPhase = (s: SessionState, p: Phase = s.phase): string[] =>
  floorQuestions(s, p).map((q) => q.id);

/**
 * What moving from the current step to `next` closes: the questions on the floor now that are still
 * open and not on the next step's floor, so a late answer to an old question is a decision, not an
 * accident. None when the moderator chose to keep the floor open (`keepFloorOpen`).
 */
export function closedOnMoveOn(s: SessionState, next: Phase): string[] {
  if (s.keepFloorOpen) return [];
  const stays = questionsOfPhase(s, next);
  return questionsOfPhase(s).filter((q) => s.openQuestions.includes(q) && !stays.includes(q));
}
