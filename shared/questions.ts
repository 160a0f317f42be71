// Question lookups over a definition, free of schema code so the participant bundle stays small.
import type { SessionDefinition } from './definition.js';
import type { KindFields } from './questionKinds.js';

export const LANGUAGES = ['fr', 'en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The id of the main question, answerable like a guiding question. */
export const MAIN_QUESTION_ID = 'main';

/** A question with its kind and kind fields (absent kind: free text). */
export interface QuestionRef extends KindFields {
  id: string;
  text: string;
  /** null for the main question. */
  roundId: string | null;
  /** 1-based position in its round (0 for the main question). */
  index: number;
}

/** Every answerable question, main first, in run-of-show order. */
export function allQuestions(d: SessionDefinition): QuestionRef[] {
  const out: QuestionRef[] = [];
  if (d.mainQuestion)
    out.push({ ...d.mainQuestionKind, id: MAIN_QUESTION_ID, text: d.mainQuestion, roundId: null, index: 0 });
  for (const r of d.rounds) r.questions.forEach((q, i) => out.push({ ...q, roundId: r.id, index: i + 1 }));
  return out;
}

// findQuestion and questionIn run on every answer (rules, decide, visibility): they must not build
// the whole list per call (allQuestions copies every question; four lists per answer were 9% of the
// server's CPU at saturation in `palabre bench`, docs/performance.md). findQuestion keeps an index
// per definition; its questions are frozen, shared by every caller.

/** Each definition's questions by id, built once: a definition is a value, never changed in place. */
const byDefinition = new WeakMap<SessionDefinition, Map<string, QuestionRef>>();

export function findQuestion(d: SessionDefinition, id: string): QuestionRef | undefined {
  let index = byDefinition.get(d);
  if (!index) {
    index = new Map();
    // The first of a repeated id wins, as a search of the list would find it.
    for (const q of allQuestions(d)) if (!index.has(q.id)) index.set(q.id, Object.freeze(q));
    byDefinition.set(d, index);
  }
  return index.get(id);
}

/** Whether the definition has an answerable question with this id (findQuestion without the copy). */
export function questionIn(d: SessionDefinition, id: string): boolean {
  if (id === MAIN_QUESTION_ID && d.mainQuestion) return true;
  return d.rounds.some((r) => r.questions.some((q) => q.id === id));
}
