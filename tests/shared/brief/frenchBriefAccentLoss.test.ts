// Extraction sometimes loses accents ("Dur?e", "D\uFFFDl\uFFFDgu\uFFFD", "Moderateur"): the French brief
// fixture with its accents mangled must still be read the same way.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBrief } from '../../../shared/brief/importBrief.js';
import { fixturesDir } from './helpers.js';

const original = readFileSync(resolve(fixturesDir, 'fr-atelier.txt'), 'utf8');
const summary = (text: string) => {
  const { definition: d } = importBrief(text);
  return {
    when: [d.date, d.startTime, d.endTime, d.timeZone, d.language],
    sessionType: d.sessionType,
    moderator: d.moderator.name,
    speakers: d.speakers.map((s) => s.country),
    rounds: d.rounds.map((r) => r.questions.length),
    organizationsCut: d.speakers.map((s) => s.organization.length < 60),
  };
};

describe('lost accents in the French brief', () => {
  it('reads the intact brief as expected', () => {
    expect(summary(original)).toEqual({
      when: ['2024-05-21', '14:00', '15:30', 'UTC', 'fr'],
      sessionType: "Session d'atelier",
      moderator: 'Élodie Garnier',
      speakers: ['', 'Maroc', '', 'Canada'],
      rounds: [5, 5],
      organizationsCut: [true, true, true, true],
    });
  });

  it.each([
    ['stripped', original.normalize('NFD').replace(/[\u0300-\u036f]/g, '')],
    ['replaced by ?', original.replace(/[éèàçôÉ]/g, '?')],
    ['replaced by U+FFFD', original.replace(/[éèàçôÉ]/g, '\uFFFD')],
    ['Windows line ends', original.replace(/\n/g, '\r\n')],
  ])('%s', (_name, text) => {
    const got = summary(text);
    expect(got.when).toEqual(['2024-05-21', '14:00', '15:30', 'UTC', 'fr']);
    expect(got.sessionType.replace(/[^\x00-\x7F]/g, '')).toBe("Session d'atelier");
    expect(got.moderator.slice(1)).toBe('lodie Garnier');
    expect(got.speakers).toEqual(['', 'Maroc', '', 'Canada']);
    expect(got.rounds).toEqual([5, 5]);
    expect(got.organizationsCut).toEqual([true, true, true, true]);
  });
});
