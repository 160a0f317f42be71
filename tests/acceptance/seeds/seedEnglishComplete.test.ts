// The English seed brief as a whole: valid for the API, every block placed.
import { describe, expect, it } from 'vitest';
import { expectValid } from '../../shared/brief/helpers.js';
import { ENGLISH_SEED, importSeed, seedsPresent } from './seeds.js';

describe.skipIf(!seedsPresent)('English seed brief: completeness', () => {
  const { definition: d, unrecognized } = importSeed(ENGLISH_SEED);

  it('gives a definition parseDefinition accepts', () => {
    expectValid(d);
  });

  it('keeps background and objectives', () => {
    expect(d.background).toMatch(
      /^One of the fundamental principles of the Social and Solidarity Economy is intercooperation/,
    );
    expect(d.background).toContain('build back better for collective well-being.');
    expect(d.background.split('\n\n')).toHaveLength(5);
    expect(d.objectives.split('\n')).toHaveLength(4);
    expect(d.objectives).toMatch(/^1\. Recognize the importance of developing global alliances/);
  });

  it('leaves nothing unrecognised', () => {
    expect(unrecognized).toEqual([]);
  });
});
