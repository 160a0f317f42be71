// Time zones, via Intl: whether a name is one, and wall-clock times in a zone as instants. One set of
// rules for the definition's schema, the brief importer, the setup editor's hint and the moderator's
// schedule. Pure (instants passed in) and free of schema code.

/** Whether the runtime knows this IANA zone name ('UTC', 'Asia/Seoul', 'Etc/GMT-2'…). */
export function isTimeZone(tz: string): boolean {
  if (!tz) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** How far a zone's wall clock is ahead of UTC at an instant, in milliseconds (whole seconds).
 *  Throws a RangeError for an unknown zone. */
export function zoneOffsetMs(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(at));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour') % 24, n('minute'), n('second'));
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** Offset of a zone from UTC at an instant, in whole minutes. Throws for an unknown zone. */
export const offsetMinutes = (tz: string, at: number): number => Math.round(zoneOffsetMs(tz, at) / 60_000);

/** A local date (YYYY-MM-DD) and time (HH:MM) read as if they were UTC, or null if unreadable. */
export function wallClockAsUtc(date: string, time: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  return Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
}

/**
 * The instant of a local date (YYYY-MM-DD) and time (HH:MM) in a zone ("2021-10-21 20:00 in
 * Asia/Seoul"), or null if unreadable or the zone is unknown. A time in a DST gap resolves forward.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number | null {
  const guess = wallClockAsUtc(date, time);
  if (guess === null || !isTimeZone(timeZone)) return null;
  const first = guess - zoneOffsetMs(timeZone, guess);
  // Around a DST change the offset at the first estimate may differ from the offset at the answer.
  return guess - zoneOffsetMs(timeZone, first);
}

/** The date (YYYY-MM-DD) in a zone at an instant (UTC's for an unknown zone). */
export function dateIn(instant: number, timeZone: string): string {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );
}
