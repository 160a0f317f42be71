// The English brief fixture: event letterhead, title, format, language, date and time.
import { describe, expect, it } from 'vitest';
import { importFixture } from './helpers.js';

describe('English brief: session fields', () => {
  const { definition: d, warnings } = importFixture('en-workshop.txt');

  it('reads the event from the three-line letterhead (city and year, then the wrapped forum name)', () => {
    expect(d.event).toEqual({ forum: 'Community Energy Cooperatives Forum', city: 'Porto', year: 2024, theme: '' });
  });

  it('reads title, session type and the session language (Spanish, from "Workshop Sessions / Spanish")', () => {
    expect(d.title).toBe('Neighbourhood Power: Cooperative Models for a Fair Energy Transition');
    expect(d.sessionType).toBe('Workshop Sessions');
    expect(d.language).toBe('es');
  });

  it('reads "March 14th, 2024 / 09:30-11:00"', () => {
    expect([d.date, d.startTime, d.endTime]).toEqual(['2024-03-14', '09:30', '11:00']);
  });

  it('defaults the time zone to UTC and says so, since the brief names none', () => {
    expect(d.timeZone).toBe('UTC');
    expect(warnings.map((w) => w.code)).toContain('no_time_zone');
  });
});
