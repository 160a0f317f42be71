// Dates in the forms briefs use, in three languages.
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../shared/brief/dates.js';

describe('parseDate', () => {
  it.each([
    ['October 8th, 2021', '2021-10-08'],
    ['Friday, Oct. 8, 2021 / 20:00', '2021-10-08'],
    ['8 octobre 2021', '2021-10-08'],
    ['le 1er février 2022, de 9h à 10h', '2022-02-01'],
    ['8 de octubre de 2021', '2021-10-08'],
    ['3 de setiembre del 2019', '2019-09-03'],
    ['8 Octobre 2021', '2021-10-08'],
    ['2021-10-08', '2021-10-08'],
    ['08/10/2021', '2021-10-08'],
    ['10/25/2021', '2021-10-25'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)?.iso).toBe(iso);
  });

  it('flags day/month ambiguity and rejects impossible dates', () => {
    expect(parseDate('08/10/2021')?.ambiguous).toBe(true);
    expect(parseDate('25/10/2021')?.ambiguous).toBe(false);
    expect(parseDate('31 février 2021')).toBeNull();
    expect(parseDate('20:00-21:30')).toBeNull();
  });
});
