// Time ranges in the forms briefs use.
import { describe, expect, it } from 'vitest';
import { parseTimes } from '../../../shared/brief/times.js';

describe('parseTimes', () => {
  it.each([
    ['October 8th, 2021 / 20:00-21:30', '20:00', '21:30'],
    ['20h-21h30', '20:00', '21:30'],
    ['le 8 octobre 2021, de 11h00 à 12h30 UTC', '11:00', '12:30'],
    ['3 de octubre de 2018, de 15:00 a 16:30', '15:00', '16:30'],
    ['3:00 pm to 4:30 pm', '15:00', '16:30'],
    ['9 – 10:30 am', '09:00', '10:30'],
    ['starts at 14:00', '14:00', ''],
  ])('%s', (text, start, end) => {
    expect(parseTimes(text)).toMatchObject({ start, end });
  });

  it('does not read years or dates as times', () => {
    expect(parseTimes('8 octobre 2021')).toBeNull();
    expect(parseTimes('1/07/2021')).toBeNull();
  });
});
