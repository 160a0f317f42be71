// Event letterheads: forum, city and year in any order, wrapped over lines, in capitals.
import { describe, expect, it } from 'vitest';
import { parseEvent } from '../../../shared/brief/event.js';

describe('parseEvent', () => {
  it.each([
    [['MEXICO CITY 2021', 'GLOBAL SOCIAL', 'ECONOMY FORUM'], 'Global Social Economy Forum', 'Mexico City', 2021],
    [['MEXICO CITY 2021 GLOBAL SOCIAL ECONOMY FORUM'], 'Global Social Economy Forum', 'Mexico City', 2021],
    [['FORO GLOBAL DE ECONOMÍA SOCIAL', 'BILBAO 2018'], 'Foro Global de Economía Social', 'Bilbao', 2018],
    [['GSEF 2021 Mexico City'], 'GSEF', 'Mexico City', 2021],
    [['Global Social Economy Forum 2021, Montréal'], 'Global Social Economy Forum', 'Montréal', 2021],
  ])('%j', (lines, forum, city, year) => {
    expect(parseEvent(lines)).toEqual({ forum, city, year, rest: [] });
  });

  it('returns lines it does not use', () => {
    expect(parseEvent(['GSEF 2021', 'Innovative partnerships and many other words in a long sentence here'])).toEqual({
      forum: 'GSEF',
      city: '',
      year: 2021,
      rest: ['Innovative partnerships and many other words in a long sentence here'],
    });
  });
});
