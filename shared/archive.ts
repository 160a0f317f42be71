// A session archive: everything needed to rebuild and report a session away from its server
// (GET /api/sessions/:code/archive returns exactly this). readArchive checks structure by hand,
// without valibot, so the CLI and tools can read one with nothing but this module.
import { LANGUAGES, type SessionDefinition } from './definition.js';
import type { EventEnvelope } from './events.js';
import { replay } from './reducer.js';
import { upgradeAqs, type SessionState } from './state.js';

export const ARCHIVE_VERSION = 1;

export interface SessionArchive {
  version: typeof ARCHIVE_VERSION;
  code: string;
  definition: SessionDefinition;
  state: SessionState;
  /** The complete log from session:created; when present it is the truth and `state` is rebuilt from it. */
  events: EventEnvelope[];
  photo?: { mime: string; base64: string };
  /** Every photo when there are several (the first is also `photo`). */
  photos?: { mime: string; base64: string }[];
}

export type ReadArchiveResult = { ok: true; archive: SessionArchive } | { ok: false; error: string };

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** The fields the report and the reducer read; a definition missing one cannot be reported. */
function definitionProblem(d: unknown): string | null {
  if (!isObj(d)) return 'definition is not an object';
  for (const k of ['title', 'sessionType', 'date', 'startTime', 'endTime', 'timeZone', 'mainQuestion'] as const) {
    if (!isStr(d[k])) return `definition.${k} is not a string`;
  }
  if (!LANGUAGES.some((l) => l === d.language)) return 'definition.language is not fr, en or es';
  if (!isObj(d.event) || !isObj(d.moderator)) return 'definition.event or definition.moderator is missing';
  if (
    !Array.isArray(d.speakers) ||
    !d.speakers.every((s) => isObj(s) && isStr(s.id) && isStr(s.name) && isNum(s.minutes))
  ) {
    return 'definition.speakers is malformed';
  }
  const roundsOk =
    Array.isArray(d.rounds) &&
    d.rounds.every(
      (r) =>
        isObj(r) &&
        isStr(r.id) &&
        isStr(r.title) &&
        Array.isArray(r.questions) &&
        r.questions.every((q) => isObj(q) && isStr(q.id) && isStr(q.text)),
    );
  return roundsOk ? null : 'definition.rounds is malformed';
}

function stateProblem(s: unknown): string | null {
  if (!isObj(s)) return 'state is not an object';
  if (!isStr(s.code) || !isNum(s.createdAt)) return 'state.code or state.createdAt is missing';
  const problem = definitionProblem(s.definition);
  if (problem) return `state.${problem}`;
  for (const k of ['turns', 'participants', 'answers', 'audienceQuestions', 'notes'] as const) {
    if (!isObj(s[k])) return `state.${k} is not an object`;
  }
  if (!Array.isArray(s.speakerOrder)) return 'state.speakerOrder is not a list';
  if (!isStr(s.conclusion) || !isStr(s.participantsExtra))
    return 'state.conclusion or state.participantsExtra is missing';
  return null;
}

function isEnvelope(e: unknown): e is EventEnvelope {
  return isObj(e) && isNum(e.seq) && isNum(e.at) && isObj(e.event) && isStr(e.event.type);
}

/** Reads an archive parsed from JSON; rebuilds the state from its events when it has them. */
export function readArchive(json: unknown): ReadArchiveResult {
  const fail = (error: string): ReadArchiveResult => ({ ok: false, error });
  if (!isObj(json)) return fail('not a Palabre archive: expected a JSON object');
  if (json.version !== ARCHIVE_VERSION)
    return fail(`unsupported archive version: ${JSON.stringify(json.version) ?? 'none'} (expected ${ARCHIVE_VERSION})`);
  if (!isStr(json.code)) return fail('archive has no session code');
  const defProblem = definitionProblem(json.definition);
  if (defProblem) return fail(defProblem);
  const events = json.events ?? [];
  if (!Array.isArray(events) || !events.every(isEnvelope)) return fail('events is not a list of event envelopes');
  let photo: SessionArchive['photo'];
  if (json.photo !== undefined && json.photo !== null) {
    if (!isObj(json.photo) || !isStr(json.photo.mime) || !isStr(json.photo.base64))
      return fail('photo must be { mime, base64 }');
    photo = { mime: json.photo.mime, base64: json.photo.base64 };
  }
  let photos: SessionArchive['photos'];
  if (json.photos !== undefined && json.photos !== null) {
    if (!Array.isArray(json.photos) || !json.photos.every((p) => isObj(p) && isStr(p.mime) && isStr(p.base64)))
      return fail('photos must be a list of { mime, base64 }');
    photos = (json.photos as Obj[]).map((p) => ({ mime: String(p.mime), base64: String(p.base64) }));
  }
  let state: SessionState;
  if (events.length > 0) {
    try {
      state = replay(events);
    } catch (e) {
      return fail(`events could not be replayed: ${e instanceof Error ? e.message : String(e)}`);
    }
    // The log's own session:created carries the definition the report will read.
    const replayedProblem = definitionProblem(state.definition);
    if (replayedProblem) return fail(`events: ${replayedProblem}`);
  } else {
    const problem = stateProblem(json.state);
    if (problem) return fail(problem);
    // Checked above for every field the report and reducer read. A state saved before replies holds
    // questions with `answer`: brought to today's shape, as the reducer does for old events.
    state = upgradeAqs(json.state as unknown as SessionState);
  }
  const archive: SessionArchive = {
    version: ARCHIVE_VERSION,
    code: json.code,
    definition: state.definition,
    state,
    events,
    ...(photo ? { photo } : {}),
    ...(photos ? { photos } : {}),
  };
  return { ok: true, archive };
}
