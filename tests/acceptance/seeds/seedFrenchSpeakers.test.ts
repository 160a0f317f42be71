// The French seed brief: the moderator with a job title between name and organization, and four
// speakers in two shapes (table rows with a bold name in the bio cell, and blocks of bold lines).
import { describe, expect, it } from 'vitest';
import { FRENCH_SEED, importSeed, seedsPresent } from './seeds.js';

describe.skipIf(!seedsPresent)('French seed brief: people', () => {
  const { definition: d, warnings } = importSeed(FRENCH_SEED);

  it('drops the job title from "Kevin Ossah, Directeur exécutif, Organisation … (OJEDD)"', () => {
    expect(d.moderator).toEqual({
      name: 'Kevin Ossah',
      organization: 'Organisation des Jeunes Engagés pour le Développement Durable (OJEDD)',
      country: '',
    });
  });

  it('reads all four speakers with organization, country and talk title', () => {
    expect(
      d.speakers.map(({ id, name, organization, country, talkTitle }) => ({
        id,
        name,
        organization,
        country,
        talkTitle,
      })),
    ).toEqual([
      {
        id: 's1',
        name: 'Ben Amar Zeghadi',
        organization: "Chambre régionale de l'économie sociale et solidaire (CRESS) Mayotte",
        country: '',
        talkTitle: "Hub de l'ESS : impact local pour une initiative mondiale",
      },
      {
        id: 's2',
        name: 'Maud Caruhel',
        organization: 'Région Nouvelle-Aquitaine',
        country: 'France',
        talkTitle: 'Convention de coopérations quadripartite',
      },
      {
        id: 's3',
        name: 'Rodéric Egal',
        organization: 'iesMed',
        country: '',
        talkTitle:
          "L'Économie Sociale et Solidaire, expression de lutte contre les inégalités socioéconomiques et de développement local dans les pays du Sud : cas de la Côte d'Ivoire",
      },
      {
        id: 's4',
        name: 'Johanne Lavoie',
        organization: 'Ville de Montréal, Québec',
        country: 'Canada',
        talkTitle:
          "Dynamiques de collaboration entre les autorités publiques et l'économie sociale pour le développement des communautés",
      },
    ]);
  });

  it('says which speakers have no country in the brief', () => {
    expect(warnings).toContainEqual({
      code: 'speaker_incomplete',
      params: { speaker: 1, name: 'Ben Amar Zeghadi', missing: 'country' },
    });
    expect(warnings).toContainEqual({
      code: 'speaker_incomplete',
      params: { speaker: 3, name: 'Rodéric Egal', missing: 'country' },
    });
  });
});
