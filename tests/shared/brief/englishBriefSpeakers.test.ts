// The English brief fixture: moderator "Hana / CECN" and the speaker table (tab-separated rows with
// HTML cells, continuation rows, and a page break inside the table).
import { describe, expect, it } from 'vitest';
import { importFixture } from './helpers.js';

describe('English brief: people', () => {
  const { definition: d } = importFixture('en-workshop.txt');

  it('splits "Hana / CECN" into name and organization', () => {
    expect(d.moderator).toEqual({ name: 'Hana', organization: 'CECN', country: '' });
  });

  it('reads every speaker row with organization, country and the bold talk title', () => {
    expect(
      d.speakers.map(({ id, name, organization, country, talkTitle }) => [id, name, organization, country, talkTitle]),
    ).toEqual([
      ['s1', 'Ingrid Solberg', 'Fjordkraft Andelslag', 'Norway', 'Village Grids Owned by Their Users'],
      ['s2', 'Tomás Ferreira', 'Cooperativa Luz do Vale, CLV', 'Portugal', 'Shared Solar Roofs in Social Housing'],
      ['s3', 'Amara Okafor', 'Lagos Energy Commons', 'Nigeria', 'From Diesel to Daylight: Cooperative Mini-grids'],
    ]);
  });

  it('joins continuation rows to the description they continue, without HTML or page headers', () => {
    const [solberg, ferreira, okafor] = d.speakers;
    expect(solberg?.description).toBe(
      'Fjordkraft Andelslag started in 2011 when forty families on an island bought a small hydro plant together. Today the cooperative runs three micro-grids and sells its surplus to the mainland. Ingrid will explain how the members vote on tariffs and how the cooperative survived the 2022 price crisis.',
    );
    expect(ferreira?.description).toMatch(/^CLV installs solar panels on the roofs of social housing estates/);
    expect(okafor?.description).toContain(
      'owned by the traders and nurses who use them. Amara will present the pay-as-you-go model',
    );
    for (const s of d.speakers) {
      expect(s.description).not.toMatch(/<|Porto 2024|Page \d/);
      expect(s.minutes).toBe(10);
    }
  });
});
