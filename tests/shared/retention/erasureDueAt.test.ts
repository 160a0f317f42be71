// When a forum's retention delay has passed: N days after the session ended, or after the end of
// its scheduled date everywhere on Earth when it was never ended; never when the forum keeps names.
import { describe, expect, it } from 'vitest';
import { erasureDueAt, isErasureDue } from '../../../shared/retention.js';

const DAY = 24 * 60 * 60_000;
const ENDED = Date.UTC(2026, 9, 2, 17, 30);

describe('erasureDueAt', () => {
  it('counts the days from the end of the session', () => {
    expect(erasureDueAt(30, { endedAt: ENDED, date: '2026-10-02' })).toBe(ENDED + 30 * DAY);
    expect(erasureDueAt(0, { endedAt: ENDED, date: '' })).toBe(ENDED);
    expect(isErasureDue(ENDED + DAY - 1, 1, { endedAt: ENDED, date: '' })).toBe(false);
    expect(isErasureDue(ENDED + DAY, 1, { endedAt: ENDED, date: '' })).toBe(true);
  });

  it('a session never ended counts from the end of its date in the last time zone', () => {
    expect(erasureDueAt(1, { endedAt: null, date: '2026-10-02' })).toBe(Date.UTC(2026, 9, 3, 12) + DAY);
  });

  it('never when the forum keeps names, or when the session has no end and no date', () => {
    expect(erasureDueAt(null, { endedAt: ENDED, date: '2026-10-02' })).toBeNull();
    expect(erasureDueAt(5, { endedAt: null, date: '' })).toBeNull();
    expect(isErasureDue(Number.MAX_SAFE_INTEGER, 5, { endedAt: undefined, date: '' })).toBe(false);
  });
});
