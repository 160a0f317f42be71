// A programme sheet (one row per session, a header row naming the columns in fr/en/es) → one
// session definition per row, with what each row lacks (warnings) or why it cannot be created
// (errors). Pure: the server turns CSV or .xlsx into rows of text first; nothing is created here.
import { parseDate } from '../brief/dates.js';
import { detectLanguages } from '../brief/language.js';
import { cleanInline } from '../brief/normalize.js';
import { parsePersonLine } from '../brief/people.js';
import { parseTimes } from '../brief/times.js';
import { findTimeZone } from '../brief/timezones.js';
import { LIMITS, parseDefinition, type Language, type SessionDefinition } from '../definition.js';
import { isTimeZone } from '../timeZone.js';
import { columnOf, type ProgrammeColumn } from './columns.js';
import { programmeIssue, type ProgrammeIssue, type SheetErrorCode } from './issues.js';
import { HEADER_SEARCH_ROWS, MAX_PROGRAMME_ROWS } from './limits.js';

export interface ProgrammeRow {
  /** The row's number in the sheet, 1-based, as the spreadsheet shows it. */
  row: number;
  title: string;
  /** Room or online link, shown on the links sheet. */
  room: string;
  /** The rapporteur's name, shown on the links sheet. */
  rapporteur: string;
  /** null when the row has errors: it will not be created. */
  definition: SessionDefinition | null;
  warnings: ProgrammeIssue[];
  errors: ProgrammeIssue[];
}

export type ProgrammeParse = { ok: true; rows: ProgrammeRow[] } | { ok: false; error: SheetErrorCode };

export interface ProgrammeOptions {
  /** Language of a row without a readable one (the forum's, else the organizer's interface). */
  language: Language;
  /** Time zone of a row without one (the forum's); UTC when absent. */
  timeZone?: string;
}

export function parseProgramme(sheet: string[][], options: ProgrammeOptions): ProgrammeParse {
  const rows = sheet.map((r) => r.map((c) => (typeof c === 'string' ? c : String(c ?? ''))));
  const filled = rows.filter((r) => r.some((c) => c.trim()));
  if (!filled.length) return { ok: false, error: 'empty' };
  const headerAt = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => r.some((c) => columnOf(c) === 'title'));
  if (headerAt < 0) return { ok: false, error: 'no_header' };
  const columns = (rows[headerAt] ?? []).map(columnOf);
  const body = rows
    .map((cells, i) => ({ cells, row: i + 1 }))
    .slice(headerAt + 1)
    .filter((r) => r.cells.some((c) => c.trim()));
  if (body.length > MAX_PROGRAMME_ROWS) return { ok: false, error: 'too_many_rows' };
  return { ok: true, rows: body.map(({ cells, row }) => readRow(row, cellsByColumn(columns, cells), options)) };
}

type Cells = Partial<Record<ProgrammeColumn, string>>;

function cellsByColumn(columns: (ProgrammeColumn | null)[], cells: string[]): Cells {
  const out: Cells = {};
  columns.forEach((col, i) => {
    const value = (cells[i] ?? '').trim();
    // Two columns for one field ("Room", "Link"): both kept, joined.
    if (col && value) out[col] = out[col] ? `${out[col]} · ${value}` : value;
  });
  return out;
}

function readRow(row: number, c: Cells, options: ProgrammeOptions): ProgrammeRow {
  const warnings: ProgrammeIssue[] = [];
  const errors: ProgrammeIssue[] = [];
  const short = (column: string, value: string) => {
    const text = cleanInline(value);
    if (text.length <= LIMITS.shortText) return text;
    warnings.push(programmeIssue('cell_cut', { column, max: LIMITS.shortText }));
    return text.slice(0, LIMITS.shortText);
  };
  const title = short('title', c.title ?? '');
  if (!title) errors.push(programmeIssue('no_title', {}));

  let date = '';
  if (c.date) {
    const d = parseDate(c.date);
    if (!d) warnings.push(programmeIssue('date_unreadable', { value: c.date }));
    else {
      date = d.iso;
      if (d.ambiguous) warnings.push(programmeIssue('date_ambiguous', { value: c.date, date: d.iso }));
    }
  } else warnings.push(programmeIssue('no_date', {}));

  const { start, end } = readTimes(c, warnings);
  const timeZone = readTimeZone(c, options, warnings);
  const language = readLanguage(c.language, options.language, warnings);
  const moderator = readModerator(c.moderator ?? '');
  const speakers = readSpeakers(c.speakers ?? '', warnings);
  const mainQuestion = cleanInline(c.mainQuestion ?? '').slice(0, LIMITS.questionText);
  const room = short('room', c.room ?? '');
  const rapporteur = short('rapporteur', c.rapporteur ?? '');
  if (errors.length) return { row, title, room, rapporteur, definition: null, warnings, errors };

  const parsed = parseDefinition({
    title,
    sessionType: short('sessionType', c.sessionType ?? ''),
    language,
    date,
    startTime: start,
    endTime: end,
    timeZone,
    room,
    mainQuestion,
    moderator,
    speakers,
  });
  // Every field was read into its schema's shape above; a refusal here is a bug, not the sheet's.
  const definition = parsed.ok ? parsed.definition : null;
  return { row, title, room, rapporteur, definition, warnings, errors };
}

function readTimes(c: Cells, warnings: ProgrammeIssue[]): { start: string; end: string } {
  let start = '';
  let end = '';
  if (c.start || c.end) {
    const s = c.start ? parseTimes(withSeparator(c.start)) : null;
    const e = c.end ? parseTimes(withSeparator(c.end)) : null;
    if (c.start && !s) warnings.push(programmeIssue('time_unreadable', { value: c.start }));
    if (c.end && !e) warnings.push(programmeIssue('time_unreadable', { value: c.end }));
    start = s?.start ?? '';
    // A start cell holding a range ("10:00-11:30") gives the end too.
    end = e?.start ?? s?.end ?? '';
  } else if (c.time) {
    const t = parseTimes(c.time);
    if (!t) warnings.push(programmeIssue('time_unreadable', { value: c.time }));
    start = t?.start ?? '';
    end = t?.end ?? '';
  }
  if (!start) {
    warnings.push(programmeIssue('no_start_time', {}));
    return { start: '', end: '' };
  }
  if (end && end <= start) {
    warnings.push(programmeIssue('end_before_start', { start, end }));
    end = '';
  }
  return { start, end };
}

/** "14" alone is an hour in a Start column; the shared time reader wants "14:00" or "14h". */
function withSeparator(value: string): string {
  return /^\s*\d{1,2}\s*$/.test(value) ? `${value.trim()}:00` : value;
}

function readTimeZone(c: Cells, options: ProgrammeOptions, warnings: ProgrammeIssue[]): string {
  const fallback = options.timeZone && isTimeZone(options.timeZone) ? options.timeZone : 'UTC';
  const value = c.timeZone ?? '';
  if (!value) {
    // "10:00-11:30 hora del centro de México" in a Time cell names its zone.
    const inTime = c.time ? findTimeZone(c.time) : null;
    return inTime && !inTime.problem ? inTime.zone : fallback;
  }
  if (isTimeZone(value)) return value;
  const found = findTimeZone(value);
  if (found && !found.problem) return found.zone;
  warnings.push(programmeIssue('time_zone_unknown', { value }));
  return fallback;
}

function readLanguage(value: string | undefined, fallback: Language, warnings: ProgrammeIssue[]): Language {
  if (!value) return fallback;
  const found = detectLanguages(value)[0];
  if (found) return found;
  warnings.push(programmeIssue('language_unknown', { value, language: fallback }));
  return fallback;
}

function readModerator(value: string): { name: string; organization: string; country: string } {
  const text = cleanInline(value).slice(0, LIMITS.shortText);
  if (!text) return { name: '', organization: '', country: '' };
  const p = parsePersonLine(text);
  return p
    ? { name: p.name.slice(0, LIMITS.shortText), organization: p.organization, country: p.country }
    : { name: text, organization: '', country: '' };
}

/** One speaker per line or per ";": "Ana Souza (Banco Popular, Brasil): Un fondo rotatorio". */
function readSpeakers(value: string, warnings: ProgrammeIssue[]) {
  const items = value
    .split(/\n|;/)
    .map((s) => cleanInline(s))
    .filter(Boolean)
    .slice(0, LIMITS.speakers);
  return items.map((item, i) => {
    const p = parsePersonLine(item);
    if (!p) warnings.push(programmeIssue('speaker_unread', { value: item }));
    const cut = (s: string) => s.slice(0, LIMITS.shortText);
    return {
      id: `s${i + 1}`,
      name: cut(p?.name ?? item),
      organization: cut(p?.organization ?? ''),
      country: cut(p?.country ?? ''),
      talkTitle: cut(p?.talkTitle ?? ''),
    };
  });
}
