// Cleaning extracted text: tags, entities, whitespace, control characters, page furniture.
import { describe, expect, it } from 'vitest';
import { cleanInline, joinBrokenBold, normalizeInput } from '../../../shared/brief/normalize.js';

describe('cleanInline', () => {
  it('strips tags, decodes entities, drops markdown emphasis and collapses whitespace', () => {
    expect(
      cleanInline('<p><b>Hub de l&rsquo;ESS</b></p>\t <p>au XXI<sup>e</sup>&nbsp;si&egrave;cle &amp; **plus**</p>'),
    ).toBe('Hub de l’ESS au XXIe siècle & plus');
    expect(cleanInline('a < b > c')).toBe('a < b > c');
    expect(cleanInline('&#233;t&#xE9; &Eacute;cole')).toBe('été École');
  });
});

describe('normalizeInput', () => {
  it('removes control characters and repeated page headers, keeping tabs', () => {
    const page = (n: number) => [
      'GSEF 2021 – Workshop brief',
      ...Array.from({ length: 20 }, (_, i) => `line ${n}.${i}\tcell`),
      `Page ${n} of 3`,
    ];
    const { lines, dropped } = normalizeInput(`${[...page(1), ...page(2), ...page(3)].join('\r\n')}\u0000\u0007`);
    // The first page's header is the letterhead, kept for the event; its repeats go.
    expect(lines.filter((l) => l === 'GSEF 2021 – Workshop brief')).toEqual(['GSEF 2021 – Workshop brief']);
    expect(lines[0]).toBe('GSEF 2021 – Workshop brief');
    expect(lines.join('\n')).not.toMatch(/Page \d of 3/);
    expect(lines).toContain('line 2.5\tcell');
    expect(dropped).toHaveLength(5);
  });

  it('keeps labels repeated per speaker', () => {
    const text = ['**Bio:**', 'one', '**Bio:**', 'two', '**Bio:**', 'three'].join('\n');
    expect(normalizeInput(text).dropped).toEqual([]);
  });
});

describe('joinBrokenBold', () => {
  it('rejoins a bold run split over two lines', () => {
    expect(
      joinBrokenBold(['**Commissaire à l’économie sociale,  ', 'Ville de Montréal, Québec, Canada**', 'text']),
    ).toEqual(['**Commissaire à l’économie sociale, Ville de Montréal, Québec, Canada**', 'text']);
  });
});
