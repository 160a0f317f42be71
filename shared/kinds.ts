// Question kinds as rules: what a question of each kind must carry, which answers it accepts, and
// whether its results are shown. Pure and free of valibot: the phone, decide() and the schemas use it.
import type { ErrorCode } from './errors.js';
import type { ClosedAnswerFields, KindFields, QuestionKind } from './questionKinds.js';
import { allQuestions, findQuestion, type QuestionRef } from './questions.js';
import type { SessionState } from './state.js';

export const KIND_LIMITS = {
  choiceOptions: 12,
  rankOptions: 8,
  minOptions: 2,
  words: 3,
  /** One word or short phrase of a word cloud. */
  wordLength: 40,
  otherText: 100,
  scaleLowest: -10,
  scaleHighest: 10,
  /** Steps of a scale at most (0–10 has 11 values). */
  scaleSpan: 10,
} as const;

/** 'reveal': a closed question's results are hidden until the moderator reveals them; 'live': shown at once. */
export const RESULTS_MODES = ['reveal', 'live'] as const;
export type ResultsMode = (typeof RESULTS_MODES)[number];

export const SCALE_DEFAULT = { min: 1, max: 5 } as const;

export const kindOf = (q: KindFields | undefined): QuestionKind => q?.kind ?? 'text';
export const isClosedKind = (k: QuestionKind): boolean => k !== 'text';

/** The scale's range, its defaults filled in. */
export const scaleRange = (q: KindFields): { min: number; max: number } => ({
  min: q.min ?? SCALE_DEFAULT.min,
  max: q.max ?? SCALE_DEFAULT.max,
});

/** What is wrong with a question's kind fields (a message for the setup editor), or null. */
export function kindIssue(q: KindFields): string | null {
  const n = q.options?.length ?? 0;
  switch (kindOf(q)) {
    case 'choice':
      return n < KIND_LIMITS.minOptions || n > KIND_LIMITS.choiceOptions
        ? `a choice question needs ${KIND_LIMITS.minOptions} to ${KIND_LIMITS.choiceOptions} options`
        : null;
    case 'rank':
      return n < KIND_LIMITS.minOptions || n > KIND_LIMITS.rankOptions
        ? `a rank question needs ${KIND_LIMITS.minOptions} to ${KIND_LIMITS.rankOptions} options`
        : null;
    case 'scale': {
      const { min, max } = scaleRange(q);
      return max <= min || max - min > KIND_LIMITS.scaleSpan
        ? `a scale needs min below max, at most ${KIND_LIMITS.scaleSpan} steps apart`
        : null;
    }
    case 'text':
    case 'words':
      return null;
  }
}

/** The words of a words answer as kept: trimmed, inner spaces collapsed, empty ones dropped. */
export const cleanWords = (words: readonly string[]): string[] =>
  words.map((w) => w.replace(/\s+/g, ' ').trim()).filter((w) => w !== '');

const distinctInts = (xs: readonly number[]): boolean =>
  xs.every((x) => Number.isInteger(x)) && new Set(xs).size === xs.length;

/**
 * Why an answer does not fit its question's kind (a refusal shown in the user's language), or null.
 * `text` is the answer's cleaned text (free-text questions); the closed fields are the payload's.
 */
export function answerError(q: KindFields, text: string, a: ClosedAnswerFields): ErrorCode | null {
  const kind = kindOf(q);
  const given = (['choices', 'order', 'value', 'words'] as const).filter((f) => a[f] !== undefined);
  const expected = { text: null, choice: 'choices', rank: 'order', scale: 'value', words: 'words' }[kind];
  if (given.length > 1 || (given[0] ?? null) !== expected || (kind !== 'text' && text)) return 'wrong_answer_kind';
  const n = q.options?.length ?? 0;
  switch (kind) {
    case 'text':
      return text ? null : 'invalid_payload';
    case 'choice': {
      const cs = a.choices!;
      if (!cs.length) return 'invalid_payload';
      const top = q.other ? n : n - 1;
      if (!distinctInts(cs) || cs.some((c) => c < 0 || c > top)) return 'unknown_option';
      if (!q.multiple && cs.length > 1) return 'one_choice_only';
      const other = (a.otherText ?? '').trim();
      // "Other" is picked with its text, or neither.
      if (cs.includes(n) !== (other !== '')) return 'invalid_payload';
      return other.length > KIND_LIMITS.otherText ? 'text_too_long' : null;
    }
    case 'rank': {
      const o = a.order!;
      if (!o.length) return 'invalid_payload';
      if (o.some((c) => !Number.isInteger(c) || c < 0 || c >= n)) return 'unknown_option';
      return distinctInts(o) ? null : 'duplicate_rank';
    }
    case 'scale': {
      const { min, max } = scaleRange(q);
      const x = a.value!;
      return Number.isInteger(x) && x >= min && x <= max ? null : 'out_of_range';
    }
    case 'words': {
      const ws = cleanWords(a.words!);
      if (!ws.length) return 'invalid_payload';
      if (a.words!.length > KIND_LIMITS.words) return 'too_many_words';
      return ws.some((w) => w.length > KIND_LIMITS.wordLength) ? 'text_too_long' : null;
    }
  }
}

/** The closed fields of an answer as stored: only its kind's, cleaned. */
export function closedFields(q: KindFields, a: ClosedAnswerFields): ClosedAnswerFields {
  switch (kindOf(q)) {
    case 'choice': {
      const other = (a.otherText ?? '').trim();
      return other
        ? { choices: [...a.choices!].sort((x, y) => x - y), otherText: other }
        : { choices: [...a.choices!].sort((x, y) => x - y) };
    }
    case 'rank':
      return { order: [...a.order!] };
    case 'scale':
      return { value: a.value! };
    case 'words':
      return { words: cleanWords(a.words!) };
    case 'text':
      return {};
  }
}

/** Whether two answers' closed fields say the same. */
export const sameClosed = (a: ClosedAnswerFields, b: ClosedAnswerFields): boolean =>
  JSON.stringify([a.choices, a.otherText, a.order, a.value, a.words]) ===
  JSON.stringify([b.choices, b.otherText, b.order, b.value, b.words]);

/** A question's kind fields in this session (undefined when it does not exist). */
export const questionFields = (s: SessionState, questionId: string): QuestionRef | undefined =>
  findQuestion(s.definition, questionId);

/** Whether a question exists and is closed (choice, scale, words, rank): its answers are tallied, not shown. */
export const isClosedQuestion = (s: SessionState, questionId: string): boolean =>
  isClosedKind(kindOf(questionFields(s, questionId)));

/** Whether the room may see this closed question's results: revealed by the moderator, or live by default. */
export const isRevealed = (s: SessionState, questionId: string): boolean =>
  s.revealed?.[questionId] ?? s.definition.results === 'live';

/** The closed questions of a session, by id. */
export const closedQuestions = (s: SessionState): QuestionRef[] =>
  allQuestions(s.definition).filter((q) => isClosedKind(kindOf(q)));
