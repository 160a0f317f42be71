// Which questions the participant can answer now, and how to name them.
import { questionsOfPhase } from '../../shared/floor.js';
import { allQuestions, type QuestionRef } from '../../shared/questions.js';
import type { SessionState } from '../../shared/state.js';
import { tc } from '../i18n/common.js';

/** On the floor or open for answers, in run-of-show order; none once the session has ended. */
export function answerableQuestions(s: SessionState): QuestionRef[] {
  if (s.phase.kind === 'ended') return [];
  const ids = new Set([...questionsOfPhase(s), ...s.openQuestions]);
  return allQuestions(s.definition).filter((q) => ids.has(q.id));
}

/** "Main question" or "Round 1 · Question 2". */
export function questionLabel(s: SessionState, q: QuestionRef): string {
  if (q.roundId === null) return tc('mainQuestion');
  const round = s.definition.rounds.find((r) => r.id === q.roundId);
  const n = tc('questionN', { n: q.index });
  return round?.title ? `${round.title} · ${n}` : n;
}
