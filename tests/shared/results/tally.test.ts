// Tallies of each closed kind, including no answers and answers that no longer fit the question.
import { describe, expect, it } from 'vitest';
import type { KindFields } from '../../../shared/questionKinds.js';
import { median, percentages, rankOrder, tallyKind } from '../../../shared/results/tally.js';

const choice: KindFields = { kind: 'choice', options: ['A', 'B', 'C'] };

describe('tallyKind', () => {
  it('has no tally for free text', () => {
    expect(tallyKind({}, [{ words: ['x'] }], 'fr')).toBeNull();
    expect(tallyKind({ kind: 'text' }, [], 'en')).toBeNull();
  });

  it('counts single choices, one per person, ignoring options that do not exist', () => {
    const r = tallyKind(
      choice,
      [{ choices: [0] }, { choices: [2] }, { choices: [0, 1] }, { choices: [7] }, { choices: [-1] }],
      'en',
    );
    expect(r).toEqual({ kind: 'choice', respondents: 3, counts: [2, 0, 1], otherCount: 0, others: [] });
  });

  it('counts several choices per person and "other" with its text', () => {
    const q: KindFields = { ...choice, multiple: true, other: true };
    const r = tallyKind(q, [{ choices: [0, 1, 1] }, { choices: [1], otherText: ' Vélo ' }, { choices: [3] }, {}], 'fr');
    expect(r).toEqual({ kind: 'choice', respondents: 3, counts: [1, 2, 0], otherCount: 2, others: ['Vélo'] });
  });

  it('tallies a scale with its mean and median, ignoring values out of range', () => {
    const q: KindFields = { kind: 'scale', min: 1, max: 5 };
    const r = tallyKind(
      q,
      [{ value: 4 }, { value: 5 }, { value: 2 }, { value: 4 }, { value: 9 }, { value: 0 }, { value: 3.5 }],
      'fr',
    );
    expect(r).toEqual({
      kind: 'scale',
      respondents: 4,
      min: 1,
      max: 5,
      counts: [0, 1, 0, 2, 1],
      mean: 3.75,
      median: 4,
    });
  });

  it('gives a scale with no answers no mean and no median, and defaults to 1–5', () => {
    expect(tallyKind({ kind: 'scale' }, [], 'en')).toEqual({
      kind: 'scale',
      respondents: 0,
      min: 1,
      max: 5,
      counts: [0, 0, 0, 0, 0],
      mean: null,
      median: null,
    });
  });

  it('groups words into a cloud, counting people who gave words', () => {
    const r = tallyKind(
      { kind: 'words' },
      [{ words: ['Coopération', 'soleil'] }, { words: ['coopérations'] }, { words: [] }],
      'fr',
    );
    expect(r).toMatchObject({ kind: 'words', respondents: 2 });
    if (r?.kind !== 'words') throw new Error('words');
    expect(r.groups.map((g) => [g.label, g.count])).toEqual([
      ['Coopération', 2],
      ['soleil', 1],
    ]);
  });

  it('ranks by average position, duplicates and unknown options ignored, unranked options last', () => {
    const q: KindFields = { kind: 'rank', options: ['A', 'B', 'C', 'D'] };
    const r = tallyKind(q, [{ order: [1, 0, 2] }, { order: [1, 2, 0] }, { order: [0, 0, 1, 9] }], 'en');
    expect(r).toEqual({ kind: 'rank', respondents: 3, averagePosition: [2, 4 / 3, 2.5, null], order: [1, 0, 2, 3] });
  });

  it('returns empty tallies for no answers', () => {
    expect(tallyKind(choice, [], 'es')).toEqual({
      kind: 'choice',
      respondents: 0,
      counts: [0, 0, 0],
      otherCount: 0,
      others: [],
    });
    expect(tallyKind({ kind: 'rank', options: ['A', 'B'] }, [], 'es')).toEqual({
      kind: 'rank',
      respondents: 0,
      averagePosition: [null, null],
      order: [0, 1],
    });
  });
});

describe('helpers', () => {
  it('rounds percentages so they add up to 100', () => {
    expect(percentages([1, 1, 1], 3)).toEqual([34, 33, 33]);
    expect(percentages([2, 1, 4], 7).reduce((a, b) => a + b, 0)).toBe(100);
    expect(percentages([0, 0], 0)).toEqual([0, 0]);
    expect(percentages([3, 2], 4, true)).toEqual([75, 50]);
  });

  it('takes the median of an even count as the middle pair’s mean', () => {
    expect(median([1, 4, 2, 5])).toBe(3);
    expect(median([])).toBeNull();
  });

  it('orders ties by option index', () => {
    expect(rankOrder([2, 1, 2, null])).toEqual([1, 0, 2, 3]);
  });
});
