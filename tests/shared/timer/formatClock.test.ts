import { describe, expect, it } from 'vitest';
import { formatClock } from '../../../shared/timer.js';
import { MIN, SEC } from '../../helpers/domain.js';

const MINUS = '\u2212';

describe('timer: formatClock', () => {
  it('formats whole minutes and seconds as m:ss', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(5 * SEC)).toBe('0:05');
    expect(formatClock(10 * MIN)).toBe('10:00');
    expect(formatClock(1 * MIN + 9 * SEC)).toBe('1:09');
    expect(formatClock(90 * MIN)).toBe('90:00');
  });

  it('counts down like a wall clock: a partial second left rounds up', () => {
    expect(formatClock(59_200)).toBe('1:00');
    expect(formatClock(59_000)).toBe('0:59');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(60_001)).toBe('1:01');
  });

  it('shows an overrun with a minus sign, counting up whole seconds', () => {
    expect(formatClock(-1 * SEC)).toBe(`${MINUS}0:01`);
    expect(formatClock(-1_999)).toBe(`${MINUS}0:01`);
    expect(formatClock(-65 * SEC)).toBe(`${MINUS}1:05`);
    expect(formatClock(-(12 * MIN + 3 * SEC))).toBe(`${MINUS}12:03`);
  });

  it('the display is monotonic across zero while counting down, with no −0:00', () => {
    const shown = [2_000, 1_500, 1_000, 500, 0, -500, -1_000, -1_500, -2_000].map(formatClock);
    expect(shown).toEqual([
      '0:02',
      '0:02',
      '0:01',
      '0:01',
      '0:00',
      '0:00',
      `${MINUS}0:01`,
      `${MINUS}0:01`,
      `${MINUS}0:02`,
    ]);
  });
});
