// Dates, times and durations as the report writes them, in the session's language and time zone.
// Times use a 24-hour clock in every language: the forum's schedules do, and it avoids the
// locale-dependent AM/PM spacing characters some ICU versions emit.
import type { Language, SessionDefinition } from '../definition.js';

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

/** "20:00–21:30 (Asia/Seoul)"; '' when the definition has no start time. */
export function formatTimeRange(d: SessionDefinition): string {
  if (!d.startTime) return '';
  const range = d.endTime ? `${d.startTime}–${d.endTime}` : d.startTime;
  return `${range} (${d.timeZone})`;
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

/** "19 + live": participants Palabre counted, plus what the rapporteur adds (an online stream, the room). */
export function formatParticipants(counted: number, extra: string): string {
  const more = extra.trim();
  if (!more) return String(counted);
  return counted > 0 ? `${counted} + ${more}` : more;
}
