// A forum's sessions in programme order (by date, then start time, from their definitions), and the
// file names their reports take in the forum's zip: "2026-11-20 14h00 – Title", safe on Windows,
// macOS and Linux, never two alike. Pure.
import type { SessionDefinition } from './definition.js';

export interface ProgrammeEntry {
  code: string;
  title: string;
  /** YYYY-MM-DD or ''. */
  date: string;
  /** HH:MM or ''. */
  startTime: string;
}

/** Where a session stands in its forum's programme, as the board, the links sheet and the import show it. */
export interface SessionSlot extends ProgrammeEntry {
  /** HH:MM or ''. */
  endTime: string;
  /** Its IANA time zone. */
  timeZone: string;
  /** Its room or video-call link, or ''. */
  room: string;
}

type Placed = Pick<SessionDefinition, 'title' | 'date' | 'startTime' | 'endTime' | 'timeZone' | 'room'>;

/** A session's slot from its definition ('' for what an unknown definition, or an old one, lacks). */
export function sessionSlot(code: string, d: Placed | undefined): SessionSlot {
  return {
    code,
    title: d?.title ?? '',
    date: d?.date ?? '',
    startTime: d?.startTime ?? '',
    endTime: d?.endTime ?? '',
    timeZone: d?.timeZone ?? '',
    room: d?.room ?? '',
  };
}

/** A session state's place in the programme order. */
export const programmeEntryOf = (s: {
  code: string;
  definition: Pick<SessionDefinition, 'title' | 'date' | 'startTime'>;
}): ProgrammeEntry => ({
  code: s.code,
  title: s.definition.title,
  date: s.definition.date,
  startTime: s.definition.startTime,
});

/** Dated before undated, earlier first; then by start time (timed first), title, code. */
export function compareProgramme(a: ProgrammeEntry, b: ProgrammeEntry): number {
  const blankLast = (x: string, y: string) => (x === y ? 0 : x === '' ? 1 : y === '' ? -1 : x < y ? -1 : 1);
  return (
    blankLast(a.date, b.date) ||
    blankLast(a.startTime, b.startTime) ||
    a.title.localeCompare(b.title, 'und') ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/** A copy of `items` in programme order. */
export function inProgrammeOrder<T>(items: readonly T[], entry: (t: T) => ProgrammeEntry): T[] {
  return [...items].sort((a, b) => compareProgramme(entry(a), entry(b)));
}

/** Characters no file system (or zip tool) accepts in a name, and control characters. */
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
/** Name length kept, in characters, before the extension. */
export const NAME_MAX = 100;

/** One safe file name part: unsafe characters replaced, spaces collapsed, no trailing dot or space. */
export function safeNamePart(text: string): string {
  const clean = text.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const cut = [...clean].slice(0, NAME_MAX).join('');
  const trimmed = cut.replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  return RESERVED.test(trimmed) ? `_${trimmed}` : trimmed;
}

/** "2026-11-20 14h00 – Title"; what is unknown is left out; a session without a title goes by its code. */
export function reportBaseName(e: ProgrammeEntry): string {
  const time = /^(\d{2}):(\d{2})$/.exec(e.startTime);
  const when = [e.date, time ? `${time[1]}h${time[2]}` : ''].filter(Boolean).join(' ');
  const title = safeNamePart(e.title) || safeNamePart(e.code) || 'session';
  return when ? `${when} – ${title}` : title;
}

/** Each name once: a repeat (compared without case, as Windows and macOS do) gets " (2)", " (3)"… */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLocaleLowerCase('und')); n++) candidate = `${name} (${n})`;
    taken.add(candidate.toLocaleLowerCase('und'));
    return candidate;
  });
}
