// The English seed brief: event letterhead, title, format, language, date and time.
import { describe, expect, it } from 'vitest';
import { ENGLISH_SEED, importSeed, seedsPresent } from './seeds.js';

describe.skipIf(!seedsPresent)('English seed brief: session fields', () => {
  const { definition: d, warnings } = importSeed(ENGLISH_SEED);

  it('reads the event from the three-line letterhead', () => {
    expect(d.event).toEqual({ forum: 'Global Social Economy Forum', city: 'Mexico City', year: 2021, theme: '' });
  });

  it('reads title, session type and the session language (French, from "Workshop Sessions / French")', () => {
    expect(d.title).toBe('Innovative Partnerships for the Co-construction of SSE Ecosystems in the Territories');
    expect(d.sessionType).toBe('Workshop Sessions');
    expect(d.language).toBe('fr');
  });

  it('reads "October 8th, 2021 / 20:00-21:30"', () => {
    expect(d.date).toBe('2021-10-08');
    expect(d.startTime).toBe('20:00');
    expect(d.endTime).toBe('21:30');
  });

  it('defaults the time zone to UTC and says so, since the brief names none', () => {
    expect(d.timeZone).toBe('UTC');
    expect(warnings.map((w) => w.code)).toContain('no_time_zone');
  });
});
