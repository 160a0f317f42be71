// A letter whose accent extraction lost ("?" or U+FFFD in its place) still belongs to its word: a
// name starting with "É" is still a name, and "Série 2" still opens a round.
import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../../shared/brief/headings.js';
import { isNameLike, parsePersonLine } from '../../../shared/brief/people.js';

describe('lost accented letters', () => {
  it('keeps names whose accented letters became "?" or U+FFFD', () => {
    for (const name of [
      'L?a Marchetti',
      '?lodie Garnier',
      '\uFFFDlodie Garnier',
      'Genevi\uFFFDve Tremblay',
      'Andr? Gide',
    ])
      expect(isNameLike(name), name).toBe(true);
    for (const text of ['Who Are You?', 'What ?', '?', 'Ready? 2024']) expect(isNameLike(text), text).toBe(false);
  });

  it('splits a moderator line whose name lost its first letter', () => {
    expect(parsePersonLine('?lodie Garnier, Directrice g?n?rale, R?seau des ?nergies (RECS)')).toEqual({
      name: '?lodie Garnier',
      organization: 'R?seau des ?nergies (RECS)',
      country: '',
      talkTitle: '',
    });
  });

  it('reads "S?rie 2" and "S\uFFFDrie 2" as French round headings', () => {
    for (const label of ['Série 2', 'Serie 2', 'S?rie 2', 'S\uFFFDrie 2'])
      expect(matchLabel(label), label).toEqual({ key: 'round', lang: 'fr' });
  });
});
