// The session definition: what a brief says about a session. Pure data + its valibot schema,
// shared by the HTTP API (POST /api/sessions), the importer, the setup editor and the report.
import * as v from 'valibot';

import { LANGUAGES, type Language } from './questions.js';
import { KIND_LIMITS, kindIssue, RESULTS_MODES } from './kinds.js';
import { QUESTION_KINDS, type KindFields } from './questionKinds.js';
import { isTimeZone } from './timeZone.js';
export { LANGUAGES, type Language };

export const IDENTITY_MODES = ['named', 'optional', 'anonymous'] as const;
/** named: name/organization/country required; optional: may stay anonymous; anonymous: never asked. */
export type IdentityMode = (typeof IDENTITY_MODES)[number];

export const LIMITS = {
  shortText: 300,
  longText: 20_000,
  answerLength: 2_000,
  speakers: 30,
  rounds: 10,
  questionsPerRound: 30,
  idLength: 64,
  /** The main question and each guiding question. */
  questionText: 2_000,
} as const;

export const AUDIENCE_QUESTION_MODES = ['always', 'whenOpen'] as const;
export const MODERATION_MODES = ['publish', 'approve'] as const;

/**
 * What a definition holds when the brief says nothing: the schema's defaults, declared once here
 * and used by the schema below, the setup editor and the importer.
 */
export const DEFINITION_DEFAULTS = {
  language: 'en',
  timeZone: 'UTC',
  identity: 'optional',
  audienceQuestions: 'always',
  moderation: 'publish',
  answerModeration: 'publish',
  maxAnswerLength: LIMITS.answerLength,
  /** A speaker's allotted minutes. */
  speakerMinutes: 10,
} as const satisfies {
  language: Language;
  timeZone: string;
  identity: IdentityMode;
  audienceQuestions: (typeof AUDIENCE_QUESTION_MODES)[number];
  moderation: (typeof MODERATION_MODES)[number];
  answerModeration: (typeof MODERATION_MODES)[number];
  maxAnswerLength: number;
  speakerMinutes: number;
};

const short = v.pipe(v.string(), v.trim(), v.maxLength(LIMITS.shortText));
const long = v.pipe(v.string(), v.maxLength(LIMITS.longText));
/** Ids key plain-object records in the state: a name Object.prototype already has ('__proto__', 'constructor'…) would resolve to it. */
export const isSafeId = (x: string): boolean => !(x in Object.prototype);
const id = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(LIMITS.idLength),
  v.regex(/^[A-Za-z0-9_-]+$/),
  v.check(isSafeId, 'reserved id'),
);

/** A question's kind and its fields (shared/questionKinds.ts); checked as a whole by `kindIssue`. */
const kindEntries = {
  kind: v.optional(v.picklist(QUESTION_KINDS)),
  options: v.optional(v.pipe(v.array(v.pipe(short, v.minLength(1))), v.maxLength(KIND_LIMITS.choiceOptions))),
  multiple: v.optional(v.boolean()),
  other: v.optional(v.boolean()),
  min: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(KIND_LIMITS.scaleLowest), v.maxValue(KIND_LIMITS.scaleHighest)),
  ),
  max: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(KIND_LIMITS.scaleLowest), v.maxValue(KIND_LIMITS.scaleHighest)),
  ),
  minLabel: v.optional(short),
  maxLabel: v.optional(short),
  wall: v.optional(v.boolean()),
};
const kindChecked = <T extends KindFields>(): v.GenericValidation<T, T, v.CheckIssue<T>> =>
  v.check(
    (q: T) => kindIssue(q) === null,
    (i) => kindIssue(i.input) ?? 'invalid kind',
  );

export const KindFieldsSchema = v.pipe(v.object(kindEntries), kindChecked());
export const QuestionSchema = v.pipe(
  v.object({ id, text: v.pipe(v.string(), v.trim(), v.maxLength(LIMITS.questionText)), ...kindEntries }),
  kindChecked(),
);
export const RoundSchema = v.object({
  id,
  title: short,
  questions: v.pipe(v.array(QuestionSchema), v.maxLength(LIMITS.questionsPerRound)),
});
export const PersonSchema = v.object({
  name: v.optional(short, ''),
  organization: v.optional(short, ''),
  country: v.optional(short, ''),
});
export const SpeakerSchema = v.object({
  id,
  name: short,
  organization: v.optional(short, ''),
  country: v.optional(short, ''),
  talkTitle: v.optional(short, ''),
  description: v.optional(long, ''),
  minutes: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240)),
    DEFINITION_DEFAULTS.speakerMinutes,
  ),
});

export const DefinitionSchema = v.object({
  event: v.optional(
    v.object({
      forum: v.optional(short, ''),
      city: v.optional(short, ''),
      year: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(3000))), null),
      theme: v.optional(short, ''),
    }),
    { forum: '', city: '', year: null, theme: '' },
  ),
  title: v.optional(short, ''),
  sessionType: v.optional(short, ''),
  language: v.optional(v.picklist(LANGUAGES), DEFINITION_DEFAULTS.language),
  /** ISO 8601 date (YYYY-MM-DD) or '' when unknown. */
  date: v.optional(v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]), ''),
  /** HH:MM, 24 h, in timeZone. */
  startTime: v.optional(v.union([v.literal(''), v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/))]), ''),
  endTime: v.optional(v.union([v.literal(''), v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/))]), ''),
  /** IANA time zone, e.g. Asia/Seoul. */
  timeZone: v.optional(v.pipe(v.string(), v.check(isTimeZone, 'unknown time zone')), DEFINITION_DEFAULTS.timeZone),
  /** Where it happens: a room, or a video-call link (the programme's "room or link"). */
  room: v.optional(short, ''),
  background: v.optional(long, ''),
  objectives: v.optional(long, ''),
  mainQuestion: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(LIMITS.questionText)), ''),
  /** The main question's kind and fields (absent: free text), beside it so `mainQuestion` stays a string. */
  mainQuestionKind: v.optional(KindFieldsSchema),
  /** Closed questions' results: hidden until the moderator reveals each ('reveal'), or shown live. */
  results: v.optional(v.picklist(RESULTS_MODES)),
  rounds: v.optional(v.pipe(v.array(RoundSchema), v.maxLength(LIMITS.rounds)), []),
  moderator: v.optional(PersonSchema, { name: '', organization: '', country: '' }),
  speakers: v.optional(v.pipe(v.array(SpeakerSchema), v.maxLength(LIMITS.speakers)), []),
  identity: v.optional(v.picklist(IDENTITY_MODES), DEFINITION_DEFAULTS.identity),
  /** Audience questions: asked at any time, or only while the moderator has opened them. */
  audienceQuestions: v.optional(v.picklist(AUDIENCE_QUESTION_MODES), DEFINITION_DEFAULTS.audienceQuestions),
  /** Audience question moderation: published at once, or approved first. */
  moderation: v.optional(v.picklist(MODERATION_MODES), DEFINITION_DEFAULTS.moderation),
  maxAnswerLength: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(20), v.maxValue(20_000)),
    DEFINITION_DEFAULTS.maxAnswerLength,
  ),
  /** Answers on the projector's wall: at once, or once the moderator approved each. */
  answerModeration: v.optional(v.picklist(MODERATION_MODES), DEFINITION_DEFAULTS.answerModeration),
});

export type SessionDefinition = v.InferOutput<typeof DefinitionSchema>;
export type DefinitionInput = v.InferInput<typeof DefinitionSchema>;
export type Round = SessionDefinition['rounds'][number];
export type GuidingQuestion = Round['questions'][number];
export type Speaker = SessionDefinition['speakers'][number];
export type Person = SessionDefinition['moderator'];

import { MAIN_QUESTION_ID, allQuestions, findQuestion, type QuestionRef } from './questions.js';
import { duplicateIds } from './rules.js';
export { MAIN_QUESTION_ID, allQuestions, findQuestion, type QuestionRef };

export function defaultDefinition(): SessionDefinition {
  return v.parse(DefinitionSchema, {});
}

export type DefinitionResult =
  | { ok: true; definition: SessionDefinition }
  | { ok: false; issues: { path: string; message: string }[] };

/** Validates an untrusted definition, naming the fields at fault. Ids must be unique. */
export function parseDefinition(input: unknown): DefinitionResult {
  // No input at all means an empty session; null or an array is not a definition.
  if (input === null || Array.isArray(input))
    return { ok: false, issues: [{ path: '', message: 'expected an object' }] };
  const r = v.safeParse(DefinitionSchema, input ?? {});
  if (!r.success) {
    return {
      ok: false,
      issues: r.issues.map((i) => ({ path: v.getDotPath(i) ?? '', message: i.message })),
    };
  }
  const d = r.output;
  const dup = duplicateIds(d);
  if (dup.length) return { ok: false, issues: dup };
  return { ok: true, definition: d };
}
