// Wall-clock times in a named time zone ("2021-10-08 11:00 in Asia/Seoul") as instants, via Intl.
import { wallClockAsUtc, zoneOffsetMs } from '../common/zoneClock.js';

/** The instant of a local date (YYYY-MM-DD) and time (HH:MM) in a time zone, or null if unreadable. */
export function zonedToEpoch(date: string, time: string, timeZone: string): number | null {
  const guess = wallClockAsUtc(date, time);
  if (guess === null) return null;
  try {
    const first = guess - zoneOffsetMs(timeZone, guess);
    // Around a DST change the offset at the first estimate may differ from the offset at the answer.
    const second = guess - zoneOffsetMs(timeZone, first);
    return second;
  } catch {
    return null;
  }
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function dateIn(instant: number, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      new Date(instant),
    );
  } catch {
    return new Date(instant).toISOString().slice(0, 10);
  }
}
