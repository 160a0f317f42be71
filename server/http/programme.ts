// Programme import: POST /api/programme/preview reads one file (a .xlsx or .csv sheet, or a .docx or
// .txt brief) into reviewable rows and stores nothing; POST /api/programme/create creates every
// session it is given, or none when one is invalid, exactly like the home page's sessions. An
// organizer imports into a forum with POST /api/organizer/forums/:id/programme (same body).
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as v from 'valibot';
import { importBrief } from '../../shared/brief/importBrief.js';
import {
  type DefinitionInput,
  parseDefinition,
  type Language,
  type SessionDefinition,
} from '../../shared/definition.js';
import { errorMessage } from '../../shared/errors.js';
import { parseCsv } from '../../shared/programme/csv.js';
import { sessionSlot } from '../../shared/forumProgramme.js';
import type {
  CreatedProgrammeSession,
  ProgrammeCreateResponse,
  ProgrammePreviewResponse,
} from '../../shared/programme/http.js';
import { programmeIssue, type ProgrammeIssue, type SheetErrorCode } from '../../shared/programme/issues.js';
import { MAX_PROGRAMME_ROWS } from '../../shared/programme/limits.js';
import { programmeMessage, sheetErrorMessage } from '../../shared/programme/messages.js';
import { parseProgramme, type ProgrammeRow } from '../../shared/programme/parse.js';
import { convertDocx } from '../brief/convert.js';
import { isZip } from '../brief/docxText.js';
import { officeKind, xlsxRows } from '../programme/xlsxRows.js';
import type { Registry } from '../registry.js';
import type { Logger } from '../log.js';
import type { KeyedLimiter } from '../rateLimit.js';
import { HttpError, languageOf, readBody, sendJson } from './util.js';

/** A programme sheet or a brief; real ones are well under 1 MB. */
export const PROGRAMME_FILE_LIMIT = 5 * 1024 * 1024;
/** 200 definitions with long backgrounds. */
const CREATE_LIMIT = 8 * 1024 * 1024;

export interface ProgrammeDeps {
  registry: Registry;
  log: Logger;
  /** The origin links are built on. */
  origin: (req: IncomingMessage, lang: Language) => string;
  linksFor: (
    origin: string,
    code: string,
    keys: Awaited<ReturnType<Registry['create']>>,
  ) => CreatedProgrammeSession['links'];
  /** Files read per address (shared with brief imports) and programmes created per address. */
  previewLimiter?: KeyedLimiter;
  createLimiter?: KeyedLimiter;
  address: string;
}

const sheetError = (status: number, code: SheetErrorCode, lang: Language) =>
  new HttpError(status, {
    error: status === 413 ? 'too_large' : 'invalid_payload',
    code,
    message: sheetErrorMessage(code, lang),
  });

const TOO_BIG_ZIP: Record<Language, string> = {
  en: 'This file unpacks to far more than a programme can be. Save the sheet again without pictures, or as .csv.',
  fr: 'Ce fichier se décompresse en bien plus qu’un programme ne peut contenir. Réenregistrez la feuille sans images, ou en .csv.',
  es: 'Este archivo se descomprime en mucho más de lo que puede contener un programa. Guarde la hoja sin imágenes, o en .csv.',
};

const CreateSchema = v.object({
  sessions: v.pipe(
    v.array(
      v.object({
        definition: v.unknown(),
        room: v.optional(v.pipe(v.string(), v.maxLength(300)), ''),
        rapporteur: v.optional(v.pipe(v.string(), v.maxLength(300)), ''),
      }),
    ),
    v.minLength(1),
    v.maxLength(MAX_PROGRAMME_ROWS),
  ),
});

function limited(limiter: KeyedLimiter | undefined, address: string, lang: Language): void {
  if (!limiter || limiter.take(address)) return;
  const e = new HttpError(429, { error: 'rate_limited', message: errorMessage('rate_limited', lang) });
  e.headers['retry-after'] = String(Math.max(1, limiter.retryAfterSeconds(address)));
  throw e;
}

function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

function worded(issues: ProgrammeIssue[], lang: Language) {
  return issues.map((i) => ({ ...i, message: programmeMessage(i, lang) }));
}

/** Returns true when the route was handled. */
export async function handleProgramme(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: ProgrammeDeps,
): Promise<boolean> {
  if (url.pathname !== '/api/programme/preview' && url.pathname !== '/api/programme/create') return false;
  const lang = languageOf(req);
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    sendJson(res, 405, { error: 'invalid_payload', message: errorMessage('invalid_payload', lang) });
    return true;
  }
  try {
    if (url.pathname === '/api/programme/preview') await preview(req, res, url, deps, lang);
    else await create(req, res, deps, lang);
  } catch (e) {
    req.resume();
    if (!(e instanceof HttpError)) {
      deps.log('error', 'programme import failed', { error: e instanceof Error ? e.message : String(e) });
      sendJson(res, 500, { error: 'internal', message: errorMessage('internal', lang) });
    } else if (e.body.error === 'too_large' && !e.body.message) {
      res.setHeader('connection', 'close');
      sendJson(res, 413, { error: 'too_large', message: errorMessage('too_large', lang) });
    } else sendJson(res, e.status, e.body, e.headers);
  }
  return true;
}

async function preview(req: IncomingMessage, res: ServerResponse, url: URL, deps: ProgrammeDeps, lang: Language) {
  limited(deps.previewLimiter, deps.address, lang);
  const fallback = (['en', 'fr', 'es'] as const).find((l) => l === url.searchParams.get('language')) ?? lang;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const name = (url.searchParams.get('name') ?? '').toLowerCase();
  if (Number(req.headers['content-length'] ?? 0) > PROGRAMME_FILE_LIMIT)
    throw new HttpError(413, { error: 'too_large' });
  const body = await readBody(req, PROGRAMME_FILE_LIMIT);
  if (isZip(body)) {
    const kind = officeKind(body);
    if (kind === 'too_large') throw new HttpError(413, { error: 'too_large', message: TOO_BIG_ZIP[lang] });
    if (kind === 'docx') return sendBrief(res, await docxText(body, lang), lang);
    if (kind !== 'xlsx') throw sheetError(400, 'unreadable', lang);
    const read = await xlsxRows(body);
    if (!read.ok && read.reason === 'too_large')
      throw new HttpError(413, { error: 'too_large', message: TOO_BIG_ZIP[lang] });
    if (!read.ok) throw sheetError(400, 'unreadable', lang);
    return sendSheet(res, read.rows, fallback, lang);
  }
  if (body.includes(0)) throw sheetError(400, 'unreadable', lang);
  const text = decodeText(body);
  const isCsv = type === 'text/csv' || name.endsWith('.csv') || (type !== 'text/plain' && !name.endsWith('.txt'));
  if (isCsv) return sendSheet(res, parseCsv(text), fallback, lang);
  return sendBrief(res, text, lang);
}

async function docxText(body: Buffer, lang: Language): Promise<string> {
  const converted = await convertDocx(body);
  if (converted.ok) return converted.text;
  if (converted.reason === 'too_large') throw new HttpError(413, { error: 'too_large', message: TOO_BIG_ZIP[lang] });
  if (converted.reason === 'busy')
    throw new HttpError(503, { error: 'rate_limited', message: errorMessage('rate_limited', lang) });
  throw sheetError(400, 'unreadable', lang);
}

function sendSheet(res: ServerResponse, rows: string[][], fallback: Language, lang: Language) {
  const parsed = parseProgramme(rows, { language: fallback });
  if (!parsed.ok) throw sheetError(400, parsed.error, lang);
  const body: ProgrammePreviewResponse = { kind: 'sheet', rows: parsed.rows.map((r) => wordedRow(r, lang)) };
  sendJson(res, 200, body);
}

function sendBrief(res: ServerResponse, text: string, lang: Language) {
  const { definition, warnings } = importBrief(text);
  const row: ProgrammeRow = {
    row: 1,
    title: definition.title,
    room: '',
    rapporteur: '',
    definition: definition.title ? definition : null,
    warnings: warnings.length ? [programmeIssue('brief_warnings', { count: warnings.length })] : [],
    errors: definition.title ? [] : [programmeIssue('no_title', {})],
  };
  const body: ProgrammePreviewResponse = { kind: 'brief', rows: [wordedRow(row, lang)] };
  sendJson(res, 200, body);
}

function wordedRow(r: ProgrammeRow, lang: Language): ProgrammePreviewResponse['rows'][number] {
  return { ...r, warnings: worded(r.warnings, lang), errors: worded(r.errors, lang) };
}

async function create(req: IncomingMessage, res: ServerResponse, deps: ProgrammeDeps, lang: Language) {
  const origin = deps.origin(req, lang);
  const checked = await readProgramme(req, lang);
  limited(deps.createLimiter, deps.address, lang);
  const sessions = await createProgramme(checked, deps.registry, (code, keys) => deps.linksFor(origin, code, keys));
  deps.log('info', 'programme created', { sessions: sessions.length });
  sendJson(res, 201, { sessions } satisfies ProgrammeCreateResponse);
}

/** A create request's body, every definition checked: a bad row refuses the whole programme. */
export interface CheckedProgramme {
  definitions: SessionDefinition[];
  inputs: v.InferOutput<typeof CreateSchema>['sessions'];
}

/**
 * Reads and checks POST .../create's body. `inherit` fills each definition before it is checked
 * (a forum's sessions inherit its settings, server/http/forumSessionRoutes.ts).
 */
export async function readProgramme(
  req: IncomingMessage,
  lang: Language,
  inherit: (d: DefinitionInput) => DefinitionInput = (d) => d,
): Promise<CheckedProgramme> {
  const raw = await readBody(req, CREATE_LIMIT);
  let input: unknown;
  try {
    input = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, { error: 'invalid_payload', message: errorMessage('invalid_payload', lang) });
  }
  const shape = v.safeParse(CreateSchema, input);
  if (!shape.success)
    throw new HttpError(400, {
      error: 'invalid_payload',
      message: errorMessage('invalid_payload', lang),
      issues: shape.issues.map((i) => ({ path: v.getDotPath(i) ?? '', message: i.message })),
    });
  // Every definition is checked before the first session is made: a bad row creates nothing.
  const definitions: SessionDefinition[] = [];
  const issues: { path: string; message: string }[] = [];
  shape.output.sessions.forEach((s, i) => {
    const given = typeof s.definition === 'object' && s.definition !== null ? (s.definition as DefinitionInput) : null;
    const r = parseDefinition(given ? inherit({ ...given, room: given.room || s.room }) : s.definition);
    if (r.ok) definitions.push(r.definition);
    else issues.push(...r.issues.map((x) => ({ path: `sessions.${i}.definition.${x.path}`, message: x.message })));
  });
  if (issues.length)
    throw new HttpError(400, { error: 'invalid_payload', message: errorMessage('invalid_payload', lang), issues });
  return { definitions, inputs: shape.output.sessions };
}

/** Creates every checked session, in order; `after` runs for each one (a forum records it). */
export async function createProgramme(
  p: CheckedProgramme,
  registry: Registry,
  links: (code: string, keys: Awaited<ReturnType<Registry['create']>>) => CreatedProgrammeSession['links'],
  after: (created: Awaited<ReturnType<Registry['create']>>) => Promise<void> = async () => {},
): Promise<CreatedProgrammeSession[]> {
  const sessions: CreatedProgrammeSession[] = [];
  for (const [i, definition] of p.definitions.entries()) {
    const created = await registry.create(definition);
    await after(created);
    const input = p.inputs[i];
    sessions.push({
      ...sessionSlot(created.code, definition),
      moderator: definition.moderator.name,
      rapporteur: input?.rapporteur ?? '',
      links: links(created.code, created),
    });
  }
  return sessions;
}
