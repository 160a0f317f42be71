// The suggested grouping: answers sharing a key word (accents and case aside, function words
// ignored) are offered as one theme; an answer is offered once; lone words make no theme.
import { describe, expect, it } from 'vitest';
import { keyWords, suggestThemes } from '../../../shared/contrib/suggest.js';

describe('suggested themes', () => {
  it('groups answers by their most shared key word, then the next among those left', () => {
    const answers = [
      { id: 'a', text: 'Financement public des coopératives' },
      { id: 'b', text: 'Plus de financement pour les réseaux' },
      { id: 'c', text: 'Former les élus aux coopératives' },
      { id: 'd', text: 'La formation des élus' },
      { id: 'e', text: 'Des coopératives partout' },
      { id: 'f', text: 'Rien à voir' },
    ];
    const s = suggestThemes(answers);
    // Named by the word as written (accents kept), matched without them.
    expect(s[0]).toEqual({ keyword: 'coopératives', answerIds: ['a', 'c', 'e'] });
    expect(s).toHaveLength(1);
    expect(s.flatMap((g) => g.answerIds)).not.toContain('f');
    expect(new Set(s.flatMap((g) => g.answerIds)).size).toBe(s.flatMap((g) => g.answerIds).length);
  });

  it('folds accents and case and skips function words in three languages', () => {
    expect([...keyWords("L'Économie sociale, pour les économies locales")]).toEqual([
      'economie',
      'sociale',
      'economies',
      'locales',
    ]);
    expect([...keyWords('the and para with')]).toEqual([]);
  });
});
