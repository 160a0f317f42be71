import { describe, expect, it } from 'vitest';
import { programmeOrder } from '../../../shared/programme/order.js';

describe('programme order', () => {
  it('sorts by day, then start time, then title, with undated sessions last', () => {
    const s = (title: string, date: string, startTime: string) => ({ title, date, startTime });
    const sorted = [
      s('Undated', '', ''),
      s('B afternoon', '2026-11-20', '14:00'),
      s('No time', '2026-11-20', ''),
      s('Day two', '2026-11-21', '09:00'),
      s('A afternoon', '2026-11-20', '14:00'),
      s('Morning', '2026-11-20', '09:30'),
    ].sort(programmeOrder);
    expect(sorted.map((x) => x.title)).toEqual([
      'Morning',
      'A afternoon',
      'B afternoon',
      'No time',
      'Day two',
      'Undated',
    ]);
  });
});
