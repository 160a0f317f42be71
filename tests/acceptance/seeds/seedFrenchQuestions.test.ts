// The French seed brief: main question. It has no "Série 1/2" guiding questions (the English one
// does), so none are invented and the gap is reported.
import { describe, expect, it } from 'vitest';
import { FRENCH_SEED, importSeed, seedsPresent } from './seeds.js';

describe.skipIf(!seedsPresent)('French seed brief: questions', () => {
  const { definition: d, warnings } = importSeed(FRENCH_SEED);

  it('reads the two-sentence main question', () => {
    expect(d.mainQuestion).toBe(
      'Quelles actions ou stratégies les individus, gouvernements, groupes, sociétés et pays devraient-ils adopter pour parvenir à un monde meilleur et plus inclusif ? Quelles sont les actions clés à promouvoir au niveau local ?',
    );
  });

  it('reports that there are no guiding questions', () => {
    expect(d.rounds).toEqual([]);
    expect(warnings).toContainEqual({ code: 'no_guiding_questions', params: {} });
  });
});
