// Word-cloud groups: spellings that differ by case, accents or a simple plural are one word, in
// French, English and Spanish; stop words are dropped; the label is the form typed most often.
import { describe, expect, it } from 'vitest';
import { groupWords, isStopWord, wordKey } from '../../../shared/results/words.js';

const one = (...w: string[]): string[][] => w.map((x) => [x]);

describe('groupWords', () => {
  it('groups "coopération / Coopérations / cooperation" in French', () => {
    const g = groupWords(one('coopération', 'Coopérations', 'cooperation', 'coopération'), 'fr');
    expect(g).toEqual([{ label: 'coopération', count: 4, variants: ['coopération', 'Coopérations', 'cooperation'] }]);
  });

  it('groups "cooperatives / cooperative" in English and "cooperativas / cooperativa" in Spanish', () => {
    expect(groupWords(one('cooperatives', 'Cooperative', 'cooperatives'), 'en')).toEqual([
      { label: 'cooperatives', count: 3, variants: ['cooperatives', 'Cooperative'] },
    ]);
    expect(groupWords(one('cooperativa', 'cooperativas', 'Cooperativas'), 'es').map((x) => [x.label, x.count])).toEqual(
      [['cooperativa', 3]],
    );
  });

  it('keeps different words apart and sorts by count, then alphabetically', () => {
    const g = groupWords([['soleil', 'énergie'], ['Énergies'], ['confiance'], ['soleils']], 'fr');
    expect(g.map((x) => [x.label, x.count])).toEqual([
      ['énergie', 2],
      ['soleil', 2],
      ['confiance', 1],
    ]);
  });

  it('drops stop words, alone or inside a phrase, and elided articles', () => {
    expect(groupWords(one('le', 'et', 'des'), 'fr')).toEqual([]);
    expect(groupWords(one('the', 'and'), 'en')).toEqual([]);
    expect(groupWords(one('los', 'y'), 'es')).toEqual([]);
    expect(wordKey("l'énergie du soleil", 'fr')).toBe(wordKey('énergies soleil', 'fr'));
    expect(isStopWord('Être', 'fr')).toBe(true);
    expect(isStopWord('soleil', 'fr')).toBe(false);
  });

  it('counts a person once per group however many spellings they typed', () => {
    const g = groupWords([['Solidarité', 'solidarités', 'partage']], 'fr');
    expect(g.find((x) => x.label === 'Solidarité')?.count).toBe(1);
  });

  it('labels a group with the variant typed most often, the earliest on a tie', () => {
    expect(groupWords(one('Quartiers', 'quartier', 'quartier'), 'fr')[0]?.label).toBe('quartier');
    expect(groupWords(one('Quartiers', 'quartier'), 'fr')[0]?.label).toBe('Quartiers');
  });

  it('keeps participant text as typed (markup is just text) and ignores blank words', () => {
    const g = groupWords([['<b>énergie</b>', '   ', '']], 'fr');
    expect(g).toEqual([{ label: '<b>énergie</b>', count: 1, variants: ['<b>énergie</b>'] }]);
  });
});

describe('other scripts', () => {
  it('keeps a word with combining marks whole (Devanagari vowel signs, Arabic)', () => {
    expect(wordKey('ऊर्जा', 'en').split(' ')).toHaveLength(1);
    const g = groupWords([['طاقة'], ['طاقة'], ['ऊर्जा']], 'fr');
    expect(g.map((x) => [x.label, x.count])).toEqual([
      ['طاقة', 2],
      ['ऊर्जा', 1],
    ]);
  });
});
