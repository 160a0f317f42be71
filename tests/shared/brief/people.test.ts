// People and affiliations as briefs write them.
import { describe, expect, it } from 'vitest';
import { parseAffiliation, parsePersonLine } from '../../../shared/brief/people.js';

describe('parsePersonLine', () => {
  it.each([
    ['Kevin / OJEDD', { name: 'Kevin', organization: 'OJEDD', country: '', talkTitle: '' }],
    [
      'Kevin Ossah, Directeur exécutif, Organisation des Jeunes Engagés pour le Développement Durable (OJEDD)',
      {
        name: 'Kevin Ossah',
        organization: 'Organisation des Jeunes Engagés pour le Développement Durable (OJEDD)',
        country: '',
      },
    ],
    [
      'Ana Pérez (Ayuntamiento de Bilbao, España)',
      { name: 'Ana Pérez', organization: 'Ayuntamiento de Bilbao', country: 'España' },
    ],
    [
      "Ben Amar Zeghadi (CRESS Mayotte, France) : Hub de l'ESS : Impact local",
      {
        name: 'Ben Amar Zeghadi',
        organization: 'CRESS Mayotte',
        country: 'France',
        talkTitle: "Hub de l'ESS : Impact local",
      },
    ],
    [
      '- Dr. Jean Mbaye, Université Cheikh Anta Diop (Sénégal): Talk',
      { name: 'Jean Mbaye', organization: 'Université Cheikh Anta Diop', country: 'Sénégal' },
    ],
    ['Speaker 2: Malick Diop – RACTES (Senegal)', { name: 'Malick Diop', organization: 'RACTES', country: 'Senegal' }],
  ])('%s', (line, expected) => {
    expect(parsePersonLine(line)).toMatchObject(expected);
  });

  it('rejects sentences', () => {
    expect(parsePersonLine('- Elle est le berceau de nombreuses civilisations, cultures et religions.')).toBeNull();
  });
});

describe('parseAffiliation', () => {
  it.each([
    ['CRESS Mayotte (France)', 'CRESS Mayotte', 'France'],
    ['Délégué général, iesMed', 'iesMed', ''],
    [
      "Vice-présidente à l'économie sociale et solidaire, Région Nouvelle-Aquitaine (France)",
      'Région Nouvelle-Aquitaine',
      'France',
    ],
    ["Commissaire à l'économie sociale, Ville de Montréal, Québec, Canada", 'Ville de Montréal, Québec', 'Canada'],
    [
      "Chambre régionale de l'économie sociale et solidaire (CRESS) Mayotte Délégué national, ESS France Outre-mer",
      "Chambre régionale de l'économie sociale et solidaire (CRESS) Mayotte",
      '',
    ],
    ['Conseil régional de Bretagne', 'Conseil régional de Bretagne', ''],
  ])('%s', (text, organization, country) => {
    expect(parseAffiliation(text)).toEqual({ organization, country });
  });
});
