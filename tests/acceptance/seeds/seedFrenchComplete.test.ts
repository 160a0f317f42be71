// The French seed brief as a whole: valid, text repaired, bios and descriptions kept.
import { describe, expect, it } from 'vitest';
import { expectValid } from '../../shared/brief/helpers.js';
import { FRENCH_SEED, importSeed, seedsPresent } from './seeds.js';

describe.skipIf(!seedsPresent)('French seed brief: completeness', () => {
  const { definition: d, unrecognized } = importSeed(FRENCH_SEED);

  it('gives a definition parseDefinition accepts and leaves nothing unrecognised', () => {
    expectValid(d);
    expect(unrecognized).toEqual([]);
  });

  it('strips inline HTML and glues a paragraph split by a page break', () => {
    expect(d.background).toMatch(/^L'un des principes fondamentaux .* au XXIe siècle/);
    expect(d.background).toContain('en facilitant la compréhension des phénomènes et tendances au niveau mondial');
    expect(d.background.split('\n\n')).toHaveLength(5);
  });

  it("keeps each speaker's description and bio, including lists and continuation lines", () => {
    const [zeghadi, caruhel, egal, lavoie] = d.speakers;
    expect(zeghadi?.description).toContain('Ben Amar ZEGHADI a acquis une expérience significative');
    expect(zeghadi?.description).toContain('ESER regroupe 26 pays et 88 régions');
    expect(caruhel?.description).toContain('des valeurs portées par NEOTERRA');
    expect(caruhel?.description).toContain('- Accès au foncier\n- Accompagnement aux dynamiques collectives');
    expect(egal?.description).toContain("mais aussi d'une partie de sa frontière orientale.");
    expect(egal?.description).toContain("il lance avec d'autres coopérateurs iesMed");
    expect(lavoie?.description).toContain('Un groupe de travail ad hoc composé de têtes de réseaux');
  });
});
