// Dates, times and durations as the report writes them, in the session's language and time zone.
// Times are written as the forum's schedules write them ("20h–21h30, heure de Séoul",
// "8:00–9:30 pm Seoul time", "20:00–21:30, hora de Seúl"), spelled out here rather than left to
// Intl, whose AM/PM spacing characters differ between ICU versions.
import type { Language, SessionDefinition } from '../definition.js';
import { exhaustive } from '../exhaustive.js';
import { zonePhrase } from './zoneNames.js';

/** The session's calendar date ("8 octobre 2021"); falls back to when the session was created. */
export function formatSessionDate(d: SessionDefinition, createdAt: number): string {
  const lang: Language = d.language;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d.date);
  if (m) {
    // A calendar date already in the session's zone: formatted at noon UTC as UTC so no zone shifts its day.
    const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
    return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      at,
    );
  }
  return formatDay(createdAt, lang, d.timeZone);
}

export function formatDay(at: number, lang: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(at);
}

export function formatClockTime(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(
    at,
  );
}

/** "20:00" → [20, 0]; null for anything else. */
function hhmm(t: string): [number, number] | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(t.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** One clock time as the forum writes it: "20h30" / "8:30 pm" / "20:30". */
export function formatClock(time: string, lang: Language): string {
  const t = hhmm(time);
  if (!t) return time;
  const [h, m] = t;
  switch (lang) {
    case 'fr':
      return m ? `${h}h${pad(m)}` : `${h}h`;
    case 'en':
      return `${h % 12 || 12}:${pad(m)} ${h < 12 ? 'am' : 'pm'}`;
    case 'es':
      return `${pad(h)}:${pad(m)}`;
    default:
      return exhaustive(lang, 'language');
  }
}

/** "20h–21h30" / "8:00–9:30 pm" (the am/pm once when both share it) / "20:00–21:30". */
function clockRange(start: string, end: string, lang: Language): string {
  const a = formatClock(start, lang);
  const b = formatClock(end, lang);
  if (lang === 'en') {
    const [as, ap] = a.split(' ');
    const [, bp] = b.split(' ');
    if (ap && ap === bp) return `${as}–${b}`;
  }
  return `${a}–${b}`;
}

/** A time or range followed by its zone, as the forum's schedules write it. */
export function withZone(clock: string, timeZone: string, lang: Language): string {
  const zone = zonePhrase(timeZone, lang);
  return zone === 'UTC' || lang === 'en' ? `${clock} ${zone}` : `${clock}, ${zone}`;
}

/** "20h–21h30, heure de Séoul" / "8:00–9:30 pm Seoul time" / "20:00–21:30, hora de Seúl"; '' without a start time. */
export function formatTimeRange(d: SessionDefinition, lang: Language = d.language): string {
  if (!d.startTime) return '';
  const clock = d.endTime ? clockRange(d.startTime, d.endTime, lang) : formatClock(d.startTime, lang);
  return withZone(clock, d.timeZone, lang);
}

/** "2021-10-08 20:41" in the session's zone: sortable, and read as a date by spreadsheets. */
export function formatTimestamp(at: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(at);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** "12 min": the same abbreviation in French, English and Spanish. */
export function formatMinutes(minutes: number): string {
  return `${minutes} min`;
}

/** Spoken time rounded to the nearest minute, the precision a report needs. */
export function msToMinutes(ms: number): number {
  return Math.round(ms / 60_000);
}

/**
 * The participants figure: the phones that joined, unless the rapporteur set the figure ("19 +
 * live", "40 in the room", printed as typed). A text that starts with "+" is an addition to the
 * count, as the field's first hint suggested ("+ live" → "4 + live"): its "+" is not doubled.
 */
export function formatParticipants(counted: number, figure: string): string {
  const typed = figure.trim();
  if (!typed) return String(counted);
  if (!typed.startsWith('+')) return typed;
  const more = typed.replace(/^\+\s*/, '');
  if (!more) return String(counted);
  return counted > 0 ? `${counted} + ${more}` : more;
}

/** "1 vote", "2 votes": the session language's plural rule picks the form. */
export function plural(n: number, forms: { one: string; other: string }, lang: Language): string {
  const form = new Intl.PluralRules(lang).select(n) === 'one' ? forms.one : forms.other;
  return `${n} ${form}`;
}
