// Every closed question of a session with its tally, for the report and the console. A question's
// kind is read from its kind fields (shared/questionKinds.ts) when the definition carries them: the
// main question's in `definition.mainQuestionKind`, a guiding question's on itself.
import { isVisibleAnswer } from '../answers.js';
import { MAIN_QUESTION_ID, type SessionDefinition } from '../definition.js';
import type { ClosedAnswerFields, KindFields, KindResult } from '../questionKinds.js';
import type { Answer, SessionState } from '../state.js';
import { tallyKind } from './tally.js';

export interface ClosedQuestion extends KindFields {
  id: string;
  text: string;
}

export interface ClosedResult {
  question: ClosedQuestion;
  result: KindResult;
}

/** Every question with its kind fields, main first, in run-of-show order. */
export function questionsWithKinds(d: SessionDefinition): ClosedQuestion[] {
  const main = (d as SessionDefinition & { mainQuestionKind?: KindFields }).mainQuestionKind;
  const out: ClosedQuestion[] = [];
  if (d.mainQuestion) out.push({ ...main, id: MAIN_QUESTION_ID, text: d.mainQuestion });
  for (const r of d.rounds) for (const q of r.questions) out.push({ ...(q as typeof q & KindFields) });
  return out;
}

/**
 * Closed questions' results by question id, in run-of-show order, counted from the answers the room
 * may see (not withdrawn, not hidden), oldest first so a word cloud's tie goes to the first typed.
 */
export function closedResults(state: SessionState): Map<string, ClosedResult> {
  const closed = questionsWithKinds(state.definition).filter((q) => (q.kind ?? 'text') !== 'text');
  const out = new Map<string, ClosedResult>();
  if (!closed.length) return out;
  const byQuestion = new Map<string, (Answer & ClosedAnswerFields)[]>();
  const answers = Object.values(state.answers)
    .filter(isVisibleAnswer)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  for (const a of answers) {
    const list = byQuestion.get(a.questionId) ?? [];
    list.push(a as Answer & ClosedAnswerFields);
    byQuestion.set(a.questionId, list);
  }
  for (const q of closed) {
    const result = tallyKind(q, byQuestion.get(q.id) ?? [], state.definition.language);
    if (result) out.set(q.id, { question: q, result });
  }
  return out;
}
