// The French brief fixture: title, format, language, date, time and the explicit UTC; no letterhead.
import { describe, expect, it } from 'vitest';
import { importFixture } from './helpers.js';

describe('French brief: session fields', () => {
  const { definition: d, warnings } = importFixture('fr-atelier.txt');

  it('reads title, session type and language from "Session d\'atelier en français"', () => {
    expect(d.title).toBe("Coopératives d'énergie citoyenne : partager le soleil dans les quartiers populaires");
    expect(d.sessionType).toBe("Session d'atelier");
    expect(d.language).toBe('fr');
  });

  it('reads "le 21 mai 2024, de 14h00 à 15h30 UTC"', () => {
    expect([d.date, d.startTime, d.endTime, d.timeZone]).toEqual(['2024-05-21', '14:00', '15:30', 'UTC']);
    expect(warnings.filter((w) => w.code === 'no_time_zone' || w.code.startsWith('time_zone_'))).toEqual([]);
  });

  it('warns that the brief has no event letterhead', () => {
    expect(d.event).toEqual({ forum: '', city: '', year: null, theme: '' });
    expect(warnings.map((w) => w.code)).toContain('no_event');
  });
});
