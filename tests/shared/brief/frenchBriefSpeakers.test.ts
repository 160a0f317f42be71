// The French brief fixture: the moderator with a job title between name and organization, and four
// speakers in two shapes (table rows with a bold name in the bio cell, and blocks of bold lines, one
// of them broken over two lines by the export).
import { describe, expect, it } from 'vitest';
import { importFixture } from './helpers.js';

describe('French brief: people', () => {
  const { definition: d, warnings } = importFixture('fr-atelier.txt');

  it('drops the job title from "Élodie Garnier, Directrice générale, Réseau … (RECS)"', () => {
    expect(d.moderator).toEqual({
      name: 'Élodie Garnier',
      organization: 'Réseau des Énergies Coopératives et Solidaires (RECS)',
      country: '',
    });
  });

  it('reads all four speakers with organization, country and talk title', () => {
    expect(
      d.speakers.map(({ id, name, organization, country, talkTitle }) => [id, name, organization, country, talkTitle]),
    ).toEqual([
      [
        's1',
        'Léa Marchetti',
        'Coopérative Solaire du Vercors (CSV)',
        '',
        "Des toits de HLM aux parts sociales : l'exemple de Grenoble",
      ],
      [
        's2',
        'Youssef Benali',
        "Agence Locale de l'Énergie de Tanger",
        'Maroc',
        'Quartiers solaires : une coopération entre la ville et les associations',
      ],
      [
        's3',
        'Samuel Kouassi',
        'EnerSol Abidjan',
        '',
        "Mini-réseaux coopératifs dans les marchés d'Abidjan : cas de la Côte d'Ivoire",
      ],
      [
        's4',
        'Geneviève Tremblay',
        'Ville de Sherbrooke, Québec',
        'Canada',
        "Une ville qui achète l'énergie de ses citoyens",
      ],
    ]);
  });

  it('says which speakers have no country in the brief', () => {
    expect(warnings.filter((w) => w.code === 'speaker_incomplete')).toEqual([
      { code: 'speaker_incomplete', params: { speaker: 1, name: 'Léa Marchetti', missing: 'country' } },
      { code: 'speaker_incomplete', params: { speaker: 3, name: 'Samuel Kouassi', missing: 'country' } },
    ]);
  });
});
