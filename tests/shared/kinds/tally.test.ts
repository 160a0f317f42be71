import { describe, expect, it } from 'vitest';
import { tallyKind } from '../../../shared/results/tally.js';

describe('tallyKind: what closed answers add up to', () => {
  it('groups words regardless of case, accents and a simple plural (fr)', () => {
    const r = tallyKind(
      { kind: 'words' },
      [{ words: ['coopération'] }, { words: ['Coopérations', 'Confiance'] }, { words: ['cooperation'] }],
      'fr',
    );
    expect(r).toMatchObject({ kind: 'words', respondents: 3 });
    if (r?.kind !== 'words') throw new Error('words');
    expect(r.groups[0]).toMatchObject({ count: 3 });
    expect(r.groups[0]!.variants.sort()).toEqual(['Coopérations', 'cooperation', 'coopération']);
    expect(r.groups[1]).toMatchObject({ label: 'Confiance', count: 1 });
  });

  it('gives a scale its distribution, mean and median', () => {
    const r = tallyKind(
      { kind: 'scale', min: 1, max: 5 },
      [{ value: 1 }, { value: 4 }, { value: 5 }, { value: 4 }],
      'en',
    );
    expect(r).toEqual({ kind: 'scale', respondents: 4, min: 1, max: 5, counts: [1, 0, 0, 2, 1], mean: 3.5, median: 4 });
  });

  it('orders a ranking by average position and counts choices with "other"', () => {
    const rank = tallyKind({ kind: 'rank', options: ['A', 'B', 'C'] }, [{ order: [1, 0, 2] }, { order: [1, 2] }], 'en');
    expect(rank).toMatchObject({ averagePosition: [2, 1, 2.5], order: [1, 0, 2] });
    const choice = tallyKind(
      { kind: 'choice', options: ['A', 'B'], multiple: true, other: true },
      [{ choices: [0, 1] }, { choices: [0, 2], otherText: 'Z' }],
      'en',
    );
    expect(choice).toEqual({ kind: 'choice', respondents: 2, counts: [2, 1], otherCount: 1, others: ['Z'] });
  });
});
