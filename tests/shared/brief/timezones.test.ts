// Time zones named by city, abbreviation, offset or IANA name.
import { describe, expect, it } from 'vitest';
import { findTimeZone } from '../../../shared/brief/timezones.js';

describe('findTimeZone', () => {
  it.each([
    ['11h00 à 12h30 UTC', 'UTC'],
    ['20:00 Seoul', 'Asia/Seoul'],
    ['09:00 Mexico City', 'America/Mexico_City'],
    ['9h30-11h heure de Paris', 'Europe/Paris'],
    ['15:00 (hora de Bilbao)', 'Europe/Madrid'],
    ['10:00 UTC+1', 'Etc/GMT-1'],
    ['10:00 GMT-5', 'Etc/GMT+5'],
    ['14:00 CET', 'Europe/Paris'],
    ['14:00 America/Bogota', 'America/Bogota'],
  ])('%s → %s', (text, zone) => {
    expect(findTimeZone(text)?.zone).toBe(zone);
  });

  it('prefers the zone right after the time range when several are named', () => {
    const text = '11:00-12:30 UTC (20:00 Seoul, 09:00 Mexico City)';
    expect(findTimeZone(text, text.indexOf(' UTC'))?.zone).toBe('UTC');
    const seoulFirst = '20:00-21:30 Seoul / 11:00 UTC';
    expect(findTimeZone(seoulFirst, seoulFirst.indexOf(' Seoul'))?.zone).toBe('Asia/Seoul');
  });

  it('ignores French words that look like abbreviations, and half-hour offsets', () => {
    expect(findTimeZone('la session est à 20h')).toBeNull();
    expect(findTimeZone('10:00 UTC+5:30')).toMatchObject({ zone: 'UTC', problem: expect.any(String) });
  });
});
