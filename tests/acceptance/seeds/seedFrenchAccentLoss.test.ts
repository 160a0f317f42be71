// Extraction sometimes loses accents ("Dur?e", "D\uFFFDl\uFFFDgu\uFFFD", "Moderateur"): the French seed
// with its accents mangled must still be read the same way.
import { describe, expect, it } from 'vitest';
import { importBrief } from '../../../shared/brief/importBrief.js';
import { FRENCH_SEED, seedText, seedsPresent } from './seeds.js';

const original = seedText(FRENCH_SEED);
const summary = (text: string) => {
  const { definition: d } = importBrief(text);
  return {
    when: [d.date, d.startTime, d.endTime, d.timeZone, d.language],
    sessionType: d.sessionType,
    moderator: d.moderator.name,
    speakers: d.speakers.map((s) => [s.name, s.country]),
    organizationsCut: d.speakers.map((s) => s.organization.length < 80),
  };
};

describe.skipIf(!seedsPresent)('lost accents', () => {
  const expected = summary(original);

  it.each([
    ['stripped', original.normalize('NFD').replace(/[\u0300-\u036f]/g, '')],
    ['replaced by ?', original.replace(/[éèàçô]/g, '?')],
    ['replaced by U+FFFD', original.replace(/[éèàçô]/g, '\uFFFD')],
    ['Windows line ends', original.replace(/\n/g, '\r\n')],
  ])('%s', (_name, text) => {
    const got = summary(text);
    expect(got.when).toEqual(expected.when);
    expect(got.sessionType.replace(/[^\x00-\x7F]/g, '')).toBe("Session d'atelier");
    expect(got.moderator).toBe('Kevin Ossah');
    expect(got.speakers.map(([, country]) => country)).toEqual(['', 'France', '', 'Canada']);
    expect(got.organizationsCut).toEqual([true, true, true, true]);
  });
});
