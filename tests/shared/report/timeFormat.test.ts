// The schedule as the forum writes it, in each session language, with the zone named by its city
// ("heure de Séoul", "Seoul time", "hora de Seúl"), never by its IANA id.
import { describe, expect, it } from 'vitest';
import { parseDefinition, type DefinitionInput } from '../../../shared/definition.js';
import { formatClock, formatTimeRange } from '../../../shared/report/format.js';
import { zoneCity } from '../../../shared/report/zoneNames.js';

function def(input: DefinitionInput) {
  const p = parseDefinition(input);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.definition;
}

describe('schedule time', () => {
  const seoul = def({ startTime: '20:00', endTime: '21:30', timeZone: 'Asia/Seoul' });

  it('reads as the forum writes it in French, English and Spanish', () => {
    expect(formatTimeRange(seoul, 'fr')).toBe('20h–21h30, heure de Séoul');
    expect(formatTimeRange(seoul, 'en')).toBe('8:00–9:30 pm Seoul time');
    expect(formatTimeRange(seoul, 'es')).toBe('20:00–21:30, hora de Seúl');
  });

  it('writes am and pm on both ends when the range crosses noon', () => {
    const d = def({ startTime: '11:30', endTime: '13:05', timeZone: 'Europe/Paris' });
    expect(formatTimeRange(d, 'en')).toBe('11:30 am–1:05 pm Paris time');
    expect(formatTimeRange(d, 'fr')).toBe('11h30–13h05, heure de Paris');
    expect(formatTimeRange(d, 'es')).toBe('11:30–13:05, hora de París');
  });

  it('prints a start time alone, and UTC as UTC', () => {
    const d = def({ startTime: '09:00', timeZone: 'UTC' });
    expect(formatTimeRange(d, 'fr')).toBe('9h UTC');
    expect(formatTimeRange(d, 'en')).toBe('9:00 am UTC');
    expect(formatClock('00:15', 'en')).toBe('12:15 am');
    expect(formatClock('12:00', 'en')).toBe('12:00 pm');
  });

  it('names a zone missing from the table by the city in its id', () => {
    expect(zoneCity('America/Port_of_Spain', 'fr')).toBe('Port of Spain');
    expect(formatTimeRange(def({ startTime: '18:00', timeZone: 'America/Port_of_Spain' }), 'es')).toBe(
      '18:00, hora de Port of Spain',
    );
  });

  it('is empty without a start time', () => {
    expect(formatTimeRange(def({ timeZone: 'Asia/Seoul' }), 'fr')).toBe('');
  });
});
