// CSV as spreadsheets export it: ";" in French and Spanish locales, quoted cells with newlines.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/programme/csv.js';

describe('parseCsv', () => {
  it('finds the delimiter from the header and keeps quoted delimiters, quotes and newlines', () => {
    const text = '\uFEFFTitre;Intervenants\r\n"Vivre; ensemble";"Ana (Coop, Brasil)\nLuc ""Lulu"" Martin"\r\n';
    expect(parseCsv(text)).toEqual([
      ['Titre', 'Intervenants'],
      ['Vivre; ensemble', 'Ana (Coop, Brasil)\nLuc "Lulu" Martin'],
    ]);
  });

  it('reads commas and tabs', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a\tb, c\n1\t2')).toEqual([
      ['a', 'b, c'],
      ['1', '2'],
    ]);
  });
});
