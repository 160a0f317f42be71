// Speakers with their planned minutes and the minutes they actually spoke, from the turns.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/model.js';
import type { ReportModel, ReportSpeaker } from '../../../shared/report/types.js';
import { SessionBuilder } from '../../fixtures/report/builder.js';
import { SEED_NOW, seedSession } from '../../fixtures/report/seedSession.js';

function speakers(m: ReportModel): ReportSpeaker[] {
  const s = m.sections.find((x) => x.kind === 'speakers');
  if (s?.kind !== 'speakers') throw new Error('no speakers');
  return s.speakers;
}

describe('speaker times', () => {
  it('gives planned and spoken minutes, pauses not counted', () => {
    const list = speakers(buildReport(seedSession('fr').state, SEED_NOW));
    expect(
      list.map((s) => [s.name, s.organization, s.country, s.talkTitle, s.plannedMinutes, s.spokenMinutes]),
    ).toEqual([
      [
        'Ben Amar Zeghadi',
        'CRESS Mayotte',
        'France',
        "Hub de l'ESS : Impact local pour une initiative mondiale",
        10,
        12,
      ],
      ['Maud Cahurel', 'Nouvelle Aquitaine', 'France', 'Agrément de coopération quadripartite', 10, 9],
      ['Rodérick Egal', 'iesMed', '', '', 10, 11],
    ]);
    expect(list[1]?.spokenMs).toBe(9 * 60_000);
  });

  it('measures a turn still running up to now, and leaves speakers who never spoke empty', () => {
    const b = new SessionBuilder(
      'RUN',
      {
        speakers: [
          { id: 'a', name: 'A', minutes: 5 },
          { id: 'b', name: 'B', minutes: 7 },
        ],
      },
      0,
    );
    b.at(60_000).mod({ type: 'turn:start', speakerId: 'b' });
    const list = speakers(buildReport(b.state, 60_000 + 150_000));
    expect(list.map((s) => [s.id, s.spokenMs, s.spokenMinutes])).toEqual([
      ['a', null, null],
      ['b', 150_000, 3],
    ]);
  });

  it('lists speakers in the live speaking order', () => {
    const b = new SessionBuilder(
      'ORD',
      {
        speakers: [
          { id: 'a', name: 'A' },
          { id: 'b', name: 'B' },
          { id: 'c', name: 'C' },
        ],
      },
      0,
    );
    b.mod({ type: 'speakers:reorder', order: ['c', 'a', 'b'] });
    expect(speakers(buildReport(b.state, 0)).map((s) => s.id)).toEqual(['c', 'a', 'b']);
  });
});
