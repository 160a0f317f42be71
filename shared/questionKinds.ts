// Question kinds beyond free text: the contract names of the definition JSON and of `answer:submit`
// (docs/protocol.md), and the shape of a closed question's result. Types only, so both the phone and
// the report can import it without weight.

export const QUESTION_KINDS = ['text', 'choice', 'scale', 'words', 'rank'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A question's kind and its fields, as a question carries them in the definition JSON. */
export interface KindFields {
  /** 'text' when absent: every existing session stays as it was. */
  kind?: QuestionKind;
  /** choice and rank: the option labels (choice 2–12, rank 2–8). */
  options?: string[];
  /** choice: several options may be picked. */
  multiple?: boolean;
  /** choice: an "other" option with a short text. */
  other?: boolean;
  /** scale: the range, inclusive (e.g. 1–5, 0–10), and its end labels. */
  min?: number;
  max?: number;
  minLabel?: string;
  maxLabel?: string;
  /** text: its answers shown on phones from the start (the wall, shared/wall.ts); the moderator may hide them. */
  wall?: boolean;
}

/** A closed answer's payload, sent by `answer:submit` instead of `text` (exactly one per kind). */
export interface ClosedAnswerFields {
  /** choice: 0-based option indexes. */
  choices?: number[];
  /** choice with `other`: the text of "other" (its index is `options.length`). */
  otherText?: string;
  /** rank: option indexes, best first. */
  order?: number[];
  /** scale: a value in [min, max]. */
  value?: number;
  /** words: 1–3 short words or phrases. */
  words?: string[];
}

/** A word-cloud group: every variant that differs only by case, accents or a simple plural. */
export interface WordGroup {
  /** The form shown: the variant typed most often. */
  label: string;
  count: number;
  variants: string[];
}

/** What a closed question's answers add up to (the projector, the console and the report draw it). */
export type KindResult =
  | { kind: 'choice'; respondents: number; counts: number[]; otherCount: number; others: string[] }
  | {
      kind: 'scale';
      respondents: number;
      min: number;
      max: number;
      /** counts[i] is the number of answers with value min + i. */
      counts: number[];
      mean: number | null;
      median: number | null;
    }
  | { kind: 'words'; respondents: number; groups: WordGroup[] }
  | {
      kind: 'rank';
      respondents: number;
      /** Per option, its average 1-based position among those who ranked it; null when nobody did. */
      averagePosition: (number | null)[];
      /** Option indexes, best average first. */
      order: number[];
    };
