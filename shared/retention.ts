// When a forum's retention delay has passed for a session: pure, time passed in.
const DAY_MS = 24 * 60 * 60_000;
/** The latest a calendar date ends anywhere on Earth (UTC-12): 12 h after its UTC midnight-end. */
const LAST_ZONE_MS = 12 * 60 * 60_000;

/**
 * When participants' names may be erased: `retentionDays` after the session ended (its end, or,
 * for a session never ended, the end of its scheduled date in the last time zone). Null when the
 * forum keeps them or the session has neither.
 */
export function erasureDueAt(
  retentionDays: number | null,
  session: { endedAt: number | null | undefined; date: string },
): number | null {
  if (retentionDays === null) return null;
  let end: number | null = session.endedAt ?? null;
  if (end === null && /^\d{4}-\d{2}-\d{2}$/.test(session.date)) {
    const t = Date.parse(`${session.date}T00:00:00Z`);
    if (Number.isFinite(t)) end = t + DAY_MS + LAST_ZONE_MS;
  }
  return end === null ? null : end + retentionDays * DAY_MS;
}

export const isErasureDue = (
  now: number,
  retentionDays: number | null,
  session: { endedAt: number | null | undefined; date: string },
): boolean => {
  const due = erasureDueAt(retentionDays, session);
  return due !== null && now >= due;
};
