// The English seed brief: moderator "Kevin / OJEDD" and the speaker table (tab-separated rows
// with HTML cells and continuation rows).
import { describe, expect, it } from 'vitest';
import { ENGLISH_SEED, importSeed, seedsPresent } from './seeds.js';

describe.skipIf(!seedsPresent)('English seed brief: people', () => {
  const { definition: d } = importSeed(ENGLISH_SEED);

  it('splits "Kevin / OJEDD" into name and organization', () => {
    expect(d.moderator).toEqual({ name: 'Kevin', organization: 'OJEDD', country: '' });
  });

  it('reads every speaker row with organization, country and the bold talk title', () => {
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
        organization: 'CRESS Mayotte',
        country: 'France',
        talkTitle: 'Hub of SSE : Local Impact for A Global Initiative',
      },
      {
        id: 's2',
        name: 'Malick Diop',
        organization: 'Réseau des Acteurs et Collectivités Territoriales pour IESS au Sénégal, RACTES',
        country: 'Senegal',
        talkTitle: 'Structured Dialogue in Co-construction of SSE Public Policies in the Country',
      },
      {
        id: 's3',
        name: 'Pascal Duforestel',
        organization: 'Nouvelle Aquitaine',
        country: 'France',
        talkTitle: 'Agreement of Quadripartite Cooperation',
      },
    ]);
  });

  it('joins continuation rows to the description they continue', () => {
    const [zeghadi, , duforestel] = d.speakers;
    expect(zeghadi?.description).toMatch(/^La 1ère participation de la CRESS de Mayotte/);
    expect(zeghadi?.description).toContain('Cette initiative de coopération régionale débutera le 1/07/2021');
    expect(duforestel?.description).toContain(
      "en s'engageant dans la transition écologique, l'Économie sociale et solidaire",
    );
    expect(d.speakers.every((s) => !s.description.includes('<'))).toBe(true);
  });
});
