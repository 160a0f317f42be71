// The French brief fixture as a whole: valid, text repaired, bios and descriptions kept.
import { describe, expect, it } from 'vitest';
import { expectValid, importFixture } from './helpers.js';

describe('French brief: completeness', () => {
  const { definition: d, unrecognized } = importFixture('fr-atelier.txt');

  it('gives a definition parseDefinition accepts and leaves nothing unrecognised', () => {
    expectValid(d);
    expect(unrecognized).toEqual([]);
  });

  it('strips inline HTML and glues a paragraph split by a page break', () => {
    expect(d.background).toMatch(/^Depuis le début du XXIe siècle, les coopératives/);
    expect(d.background).toContain('ce qui demande une confiance construite dans la durée');
    expect(d.background.split('\n\n')).toHaveLength(3);
  });

  it("keeps each speaker's description and bio, including lists and continuation lines", () => {
    const [marchetti, benali, kouassi, tremblay] = d.speakers;
    expect(marchetti?.description).toContain('élisent deux représentants au conseil,');
    expect(marchetti?.description).toContain("a travaillé dix ans dans un bureau d'études avant de rejoindre en 2016");
    expect(marchetti?.description).toContain("anime un groupe de travail régional sur l'autoconsommation collective.");
    expect(benali?.description).toContain(
      "Cette démarche s'appuie sur trois principes partagés avec la commune :\n\n- Former des jeunes du quartier à l'installation et à la maintenance\n- Réinvestir les économies dans les services de proximité\n- Publier chaque année les résultats obtenus",
    );
    expect(kouassi?.description).toContain(
      '- Le courant produit alimente les étals du marché, mais aussi les écoles voisines.',
    );
    expect(kouassi?.description).toContain('Samuel Kouassi rejoint en 2015 une coopérative de commerçants à Abidjan.');
    expect(tremblay?.description).toContain(
      "Ce dialogue régulier a permis d'adopter en 2023 une politique municipale d'achat d'énergie locale",
    );
    expect(d.speakers.every((s) => !/[<>▪]/.test(s.description))).toBe(true);
  });
});
