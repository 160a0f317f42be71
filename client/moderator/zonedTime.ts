// Wall-clock times in a named time zone ("2021-10-08 11:00 in Asia/Seoul") as instants, via Intl.

function offsetAt(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour') % 24, n('minute'), n('second'));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** The instant of a local date (YYYY-MM-DD) and time (HH:MM) in a time zone, or null if unreadable. */
export function zonedToEpoch(date: string, time: string, timeZone: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  try {
    const guess = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
    const first = guess - offsetAt(guess, timeZone);
    // Around a DST change the offset at the first estimate may differ from the offset at the answer.
    const second = guess - offsetAt(first, timeZone);
    return second;
  } catch {
    return null;
  }
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function dateIn(instant: number, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
  } catch {
    return new Date(instant).toISOString().slice(0, 10);
  }
}
