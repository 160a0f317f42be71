// The French seed brief: title, format, language, date, time and the explicit UTC.
import { describe, expect, it } from 'vitest';
import { FRENCH_SEED, importSeed, seedsPresent } from './seeds.js';

describe.skipIf(!seedsPresent)('French seed brief: session fields', () => {
  const { definition: d, warnings } = importSeed(FRENCH_SEED);

  it('reads title, session type and language from "Session d\'atelier en français"', () => {
    expect(d.title).toBe(
      "Des partenariats innovants pour la co-construction d'écosystèmes de l'ESS dans les territoires",
    );
    expect(d.sessionType).toBe("Session d'atelier");
    expect(d.language).toBe('fr');
  });

  it('reads "le 8 octobre 2021, de 11h00 à 12h30 UTC"', () => {
    expect(d.date).toBe('2021-10-08');
    expect(d.startTime).toBe('11:00');
    expect(d.endTime).toBe('12:30');
    expect(d.timeZone).toBe('UTC');
    expect(warnings.filter((w) => w.code === 'no_time_zone' || w.code.startsWith('time_zone_'))).toEqual([]);
  });

  it('warns that the brief has no event letterhead', () => {
    expect(d.event).toEqual({ forum: '', city: '', year: null, theme: '' });
    expect(warnings.map((w) => w.code)).toContain('no_event');
  });
});
