// Pure helpers of the setup editor: ids for new items, repairing loaded definitions, moving items,
// and turning parseDefinition's issues into per-field problems the editor can show and explain.
import { QUESTION_KINDS, type KindFields, type QuestionKind } from '../../shared/questionKinds.js';
import {
  AUDIENCE_QUESTION_MODES,
  DEFINITION_DEFAULTS,
  IDENTITY_MODES,
  LANGUAGES,
  LIMITS,
  MAIN_QUESTION_ID,
  MODERATION_MODES,
  parseDefinition,
  type SessionDefinition,
} from '../../shared/definition.js';

const ID_RE = /^[A-Za-z0-9_-]+$/;
const ABC = 'abcdefghijkmnpqrstuvwxyz23456789';

/** Every id in use in a definition (rounds, questions, speakers, and the main question's). */
export function usedIds(d: SessionDefinition): Set<string> {
  const ids = new Set<string>([MAIN_QUESTION_ID]);
  for (const r of d.rounds) {
    ids.add(r.id);
    for (const q of r.questions) ids.add(q.id);
  }
  for (const s of d.speakers) ids.add(s.id);
  return ids;
}

/** A fresh id with a readable prefix ("q", "s", "r"), unique in `taken`, matching /^[A-Za-z0-9_-]+$/. */
export function newItemId(prefix: 'q' | 's' | 'r', taken: Set<string>): string {
  for (;;) {
    const bytes = new Uint8Array(8);
    crypto.getRandomValues(bytes);
    let s = `${prefix}-`;
    for (const b of bytes) s += ABC[b % ABC.length];
    if (!taken.has(s)) {
      taken.add(s);
      return s;
    }
  }
}

const str = (x: unknown, fallback = ''): string =>
  typeof x === 'string' ? x : typeof x === 'number' ? String(x) : fallback;
const num = (x: unknown, fallback: number): number =>
  typeof x === 'number'
    ? x
    : typeof x === 'string' && x.trim() !== '' && Number.isFinite(Number(x))
      ? Number(x)
      : fallback;
const obj = (x: unknown): Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : {};
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const pick = <T extends string>(x: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(x as T) ? (x as T) : fallback;

/**
 * A question's kind and fields as given (the schema judges them when the definition is saved):
 * kept so that editing a session never drops a question's kind.
 */
export function kindFieldsIn(x: unknown): KindFields {
  const q = obj(x);
  const out: KindFields = {};
  if ((QUESTION_KINDS as readonly unknown[]).includes(q.kind)) out.kind = q.kind as QuestionKind;
  if (Array.isArray(q.options)) out.options = q.options.map((o) => str(o));
  if (typeof q.multiple === 'boolean') out.multiple = q.multiple;
  if (typeof q.other === 'boolean') out.other = q.other;
  if (q.min !== undefined) out.min = num(q.min, NaN);
  if (q.max !== undefined) out.max = num(q.max, NaN);
  if (typeof q.minLabel === 'string') out.minLabel = q.minLabel;
  if (typeof q.maxLabel === 'string') out.maxLabel = q.maxLabel;
  if (typeof q.wall === 'boolean') out.wall = q.wall;
  return out;
}

/**
 * Turns anything that looks like a definition (a JSON file, an importer result, a session archive)
 * into the editor's shape: every field present with the right type, every item with a valid,
 * unique id. Values that break limits are kept (the editor shows the problem); ids already valid
 * and unique are never changed, since answers and notes of a live session refer to them.
 */
export function toEditable(input: unknown): SessionDefinition {
  const d = obj(input);
  const ev = obj(d.event);
  const mod = obj(d.moderator);
  const taken = new Set<string>([MAIN_QUESTION_ID]);
  const keepId = (x: unknown): string => {
    const id = str(x);
    if (id && id.length <= LIMITS.idLength && ID_RE.test(id) && !taken.has(id)) {
      taken.add(id);
      return id;
    }
    return '';
  };
  // First pass keeps every valid id, so a generated one never takes an id a later item owns.
  const roundsIn = arr(d.rounds).map(obj);
  const speakersIn = arr(d.speakers).map(obj);
  const roundIds = roundsIn.map((r) => keepId(r.id));
  const questionIds = roundsIn.map((r) => arr(r.questions).map((q) => keepId(obj(q).id)));
  const speakerIds = speakersIn.map((s) => keepId(s.id));
  const year = ev.year === null || ev.year === undefined || ev.year === '' ? null : num(ev.year, NaN);
  return {
    event: { forum: str(ev.forum), city: str(ev.city), year, theme: str(ev.theme) },
    title: str(d.title),
    sessionType: str(d.sessionType),
    language: pick(d.language, LANGUAGES, DEFINITION_DEFAULTS.language),
    date: str(d.date),
    startTime: str(d.startTime),
    endTime: str(d.endTime),
    timeZone: str(d.timeZone, DEFINITION_DEFAULTS.timeZone) || DEFINITION_DEFAULTS.timeZone,
    room: str(d.room),
    background: str(d.background),
    objectives: str(d.objectives),
    mainQuestion: str(d.mainQuestion),
    ...(d.mainQuestionKind !== undefined ? { mainQuestionKind: kindFieldsIn(d.mainQuestionKind) } : {}),
    ...(d.results === 'live' || d.results === 'reveal' ? { results: d.results } : {}),
    rounds: roundsIn.map((r, ri) => ({
      id: roundIds[ri] || newItemId('r', taken),
      title: str(r.title),
      questions: arr(r.questions).map((q, qi) => ({
        id: questionIds[ri]![qi] || newItemId('q', taken),
        text: str(obj(q).text, typeof q === 'string' ? q : ''),
        ...kindFieldsIn(q),
      })),
    })),
    moderator: { name: str(mod.name), organization: str(mod.organization), country: str(mod.country) },
    speakers: speakersIn.map((s, si) => ({
      id: speakerIds[si] || newItemId('s', taken),
      name: str(s.name),
      organization: str(s.organization),
      country: str(s.country),
      talkTitle: str(s.talkTitle),
      description: str(s.description),
      minutes: s.minutes === undefined ? DEFINITION_DEFAULTS.speakerMinutes : num(s.minutes, NaN),
    })),
    identity: pick(d.identity, IDENTITY_MODES, DEFINITION_DEFAULTS.identity),
    audienceQuestions: pick(d.audienceQuestions, AUDIENCE_QUESTION_MODES, DEFINITION_DEFAULTS.audienceQuestions),
    moderation: pick(d.moderation, MODERATION_MODES, DEFINITION_DEFAULTS.moderation),
    maxAnswerLength:
      d.maxAnswerLength === undefined ? DEFINITION_DEFAULTS.maxAnswerLength : num(d.maxAnswerLength, NaN),
    answerModeration: pick(d.answerModeration, MODERATION_MODES, DEFINITION_DEFAULTS.answerModeration),
  };
}

/** A definition from a JSON file: a bare definition, or a session archive ({ version, definition }). */
export function definitionFromJson(json: unknown): unknown | null {
  const o = obj(json);
  if (!Object.keys(o).length) return null;
  if ('definition' in o && typeof o.definition === 'object' && o.definition !== null) return o.definition;
  const known = ['title', 'rounds', 'speakers', 'mainQuestion', 'event', 'moderator', 'language'];
  return known.some((k) => k in o) ? o : null;
}

/** The list with the item at `from` moved to `to` (both clamped). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const out = list.slice();
  if (from < 0 || from >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item!);
  return out;
}

/** Where a question lands when moved one step up or down, crossing into the neighbouring round at the edges. */
export function questionStep(
  d: SessionDefinition,
  ri: number,
  qi: number,
  dir: -1 | 1,
): { ri: number; qi: number } | null {
  const round = d.rounds[ri];
  if (!round) return null;
  const target = qi + dir;
  if (target >= 0 && target < round.questions.length) return { ri, qi: target };
  const nri = ri + dir;
  const next = d.rounds[nri];
  if (!next) return null;
  return { ri: nri, qi: dir < 0 ? next.questions.length : 0 };
}

/** Moves a question to another place (possibly another round). */
export function moveQuestion(
  d: SessionDefinition,
  from: { ri: number; qi: number },
  to: { ri: number; qi: number },
): SessionDefinition['rounds'] {
  const rounds = d.rounds.map((r) => ({ ...r, questions: r.questions.slice() }));
  const src = rounds[from.ri];
  const dst = rounds[to.ri];
  if (!src || !dst) return d.rounds;
  const [q] = src.questions.splice(from.qi, 1);
  if (!q) return d.rounds;
  dst.questions.splice(Math.max(0, Math.min(to.qi, dst.questions.length)), 0, q);
  return rounds;
}

// ---- Validation ----------------------------------------------------------------------------

export type ProblemCode =
  | 'tooLong'
  | 'speakerName'
  | 'questionText'
  | 'year'
  | 'minutes'
  | 'answerLength'
  | 'date'
  | 'time'
  | 'timeZone'
  | 'tooManyRounds'
  | 'tooManyQuestions'
  | 'tooManySpeakers'
  | 'invalid';

/** What a field is, for the error summary: a top-level field, or a field of a numbered item. */
export type FieldRef =
  | { kind: 'field'; field: string }
  | { kind: 'speaker'; index: number; field: string }
  | { kind: 'round'; index: number }
  | { kind: 'question'; round: number; index: number };

export interface Problem {
  /** DOM id of the control to fix (stable across reordering: built from item ids). */
  fieldId: string;
  ref: FieldRef;
  code: ProblemCode;
  vars: Record<string, string | number>;
}

export const fieldId = {
  top: (path: string) => `f-${path.replace(/\./g, '-')}`,
  round: (rid: string) => `f-round-${rid}-title`,
  roundAdd: (rid: string) => `f-round-${rid}-add`,
  question: (qid: string) => `f-q-${qid}`,
  speaker: (sid: string, field: string) => `f-sp-${sid}-${field}`,
};

const TEXT_MAX: Record<string, number> = {
  background: LIMITS.longText,
  objectives: LIMITS.longText,
  mainQuestion: LIMITS.questionText,
  description: LIMITS.longText,
  text: LIMITS.questionText,
};
const maxFor = (field: string) => TEXT_MAX[field] ?? LIMITS.shortText;

function codeFor(field: string, value: unknown): { code: ProblemCode; vars: Record<string, string | number> } {
  switch (field) {
    case 'year':
      return { code: 'year', vars: {} };
    case 'minutes':
      return { code: 'minutes', vars: {} };
    case 'maxAnswerLength':
      return { code: 'answerLength', vars: {} };
    case 'date':
      return { code: 'date', vars: {} };
    case 'startTime':
    case 'endTime':
      return { code: 'time', vars: {} };
    case 'timeZone':
      return { code: 'timeZone', vars: {} };
  }
  if (typeof value === 'string') {
    const max = maxFor(field);
    const len =
      field === 'description' || field === 'background' || field === 'objectives' ? value.length : value.trim().length;
    if (len > max) return { code: 'tooLong', vars: { max, count: len } };
  }
  return { code: 'invalid', vars: {} };
}

/** Resolves a dotted path ("speakers.2.name") in the definition. */
function at(d: unknown, parts: string[]): unknown {
  let cur: unknown = d;
  for (const p of parts) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}

/** Maps one parseDefinition issue to the editor's field and an explainable problem. */
export function problemFor(d: SessionDefinition, issue: { path: string; message: string }): Problem {
  const parts = issue.path ? issue.path.split('.') : [];
  const value = at(d, parts);
  const [head, a, b, c, e] = parts;
  if (head === 'rounds') {
    if (a === undefined)
      return {
        fieldId: 'f-rounds-add',
        ref: { kind: 'field', field: 'rounds' },
        code: 'tooManyRounds',
        vars: { max: LIMITS.rounds },
      };
    const ri = Number(a);
    const round = d.rounds[ri];
    if (b === 'questions' && c !== undefined && round) {
      const qi = Number(c);
      const q = round.questions[qi];
      const p = codeFor('text', value);
      return {
        fieldId: fieldId.question(q?.id ?? ''),
        ref: { kind: 'question', round: ri, index: qi },
        ...(e === 'text' ? p : { code: 'invalid', vars: {} }),
      };
    }
    if (b === 'questions' && round)
      return {
        fieldId: fieldId.roundAdd(round.id),
        ref: { kind: 'round', index: ri },
        code: 'tooManyQuestions',
        vars: { max: LIMITS.questionsPerRound },
      };
    return { fieldId: fieldId.round(round?.id ?? ''), ref: { kind: 'round', index: ri }, ...codeFor('title', value) };
  }
  if (head === 'speakers') {
    if (a === undefined)
      return {
        fieldId: 'f-speakers-add',
        ref: { kind: 'field', field: 'speakers' },
        code: 'tooManySpeakers',
        vars: { max: LIMITS.speakers },
      };
    const si = Number(a);
    const field = b && b !== 'id' ? b : 'name';
    return {
      fieldId: fieldId.speaker(d.speakers[si]?.id ?? '', field),
      ref: { kind: 'speaker', index: si, field },
      ...codeFor(field, value),
    };
  }
  if (head === 'event' || head === 'moderator') {
    const field = a ?? 'forum';
    return {
      fieldId: fieldId.top(`${head}.${field}`),
      ref: { kind: 'field', field: `${head}.${field}` },
      ...codeFor(field, value),
    };
  }
  const field = head ?? 'title';
  return { fieldId: fieldId.top(field), ref: { kind: 'field', field }, ...codeFor(field, value) };
}

/**
 * Every problem with the draft: the schema's (parseDefinition), plus what a run of show cannot
 * use though the schema allows it (a speaker without a name, an empty question). One per field.
 */
export function validate(
  d: SessionDefinition,
): { ok: true; definition: SessionDefinition } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const r = parseDefinition(d);
  if (!r.ok) for (const issue of r.issues) problems.push(problemFor(d, issue));
  d.speakers.forEach((s, index) => {
    if (!s.name.trim())
      problems.push({
        fieldId: fieldId.speaker(s.id, 'name'),
        ref: { kind: 'speaker', index, field: 'name' },
        code: 'speakerName',
        vars: {},
      });
  });
  d.rounds.forEach((round, ri) =>
    round.questions.forEach((q, index) => {
      if (!q.text.trim())
        problems.push({
          fieldId: fieldId.question(q.id),
          ref: { kind: 'question', round: ri, index },
          code: 'questionText',
          vars: {},
        });
    }),
  );
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    if (seen.has(p.fieldId)) return false;
    seen.add(p.fieldId);
    return true;
  });
  if (unique.length || !r.ok) return { ok: false, problems: unique };
  return { ok: true, definition: r.definition };
}

/** Document order of the editor's fields, to list problems top to bottom. */
export function problemOrder(d: SessionDefinition): Map<string, number> {
  const order = [
    'event.forum',
    'event.city',
    'event.year',
    'event.theme',
    'title',
    'sessionType',
    'language',
    'date',
    'startTime',
    'endTime',
    'timeZone',
    'background',
    'objectives',
    'mainQuestion',
  ].map(fieldId.top);
  order.push('f-rounds-add');
  for (const r of d.rounds) {
    order.push(fieldId.round(r.id));
    for (const q of r.questions) order.push(fieldId.question(q.id));
    order.push(fieldId.roundAdd(r.id));
  }
  order.push(...['moderator.name', 'moderator.organization', 'moderator.country'].map(fieldId.top));
  for (const s of d.speakers)
    for (const f of ['name', 'organization', 'country', 'talkTitle', 'description', 'minutes'])
      order.push(fieldId.speaker(s.id, f));
  order.push(
    'f-speakers-add',
    ...['identity', 'audienceQuestions', 'moderation', 'answerModeration', 'maxAnswerLength'].map(fieldId.top),
  );
  return new Map(order.map((id, i) => [id, i]));
}
