// IANA time zones for the editor's list, and a hint that shows what a session's local time means
// elsewhere (the seeds give one session as 11:00 UTC, 20:00 Seoul and 09:00 Mexico City).
import { isTimeZone, offsetMinutes, zonedInstant } from '../../shared/timeZone.js';
import { lang } from '../i18n/i18n.js';

export function timeZones(): string[] {
  let list: string[] = [];
  try {
    list = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  } catch {
    list = [];
  }
  return ['UTC', ...list.filter((z) => z !== 'UTC')];
}

export function formatOffset(min: number): string {
  const sign = min < 0 ? '−' : '+';
  const a = Math.abs(min);
  return `UTC${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

type Tr = (key: 'hint_timeZone' | 'tzOffset' | 'tzConverted', vars?: Record<string, string | number>) => string;

/** The time zone field's hint: its offset on the session's date, and the start in UTC and here. */
export function formatZoneHint(tz: string, date: string, start: string, _end: string, t: Tr): string {
  if (!isTimeZone(tz)) return t('hint_timeZone');
  const at = zonedInstant(date, start, tz);
  const offset = formatOffset(offsetMinutes(tz, at ?? Date.now()));
  const parts = [t('tzOffset', { offset })];
  if (at !== null) {
    const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const fmt = (zone: string) =>
      new Intl.DateTimeFormat(lang(), { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' }).format(at);
    parts.push(t('tzConverted', { utc: fmt('UTC'), local: fmt(here), zone: here }));
  }
  return parts.join(' ');
}
