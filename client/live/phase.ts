// What is on the floor: the questions a phase shows, and where a question sits in its round.
import { allQuestions, type QuestionRef } from '../../shared/questions.js';
import type { Phase, SessionState } from '../../shared/state.js';

/** Questions the phase puts on the floor, in run-of-show order. */
export function floorQuestions(s: SessionState, p: Phase = s.phase): QuestionRef[] {
  const all = allQuestions(s.definition);
  if (p.kind === 'question') return all.filter((q) => q.id === p.questionId);
  if (p.kind === 'round') return all.filter((q) => q.roundId === p.roundId);
  return [];
}

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
