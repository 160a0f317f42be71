// Wall-clock times in a zone, one implementation for the schema, the importer, the setup hint and
// the moderator's schedule.
import { describe, expect, it } from 'vitest';
import { dateIn, isTimeZone, offsetMinutes, zonedInstant } from '../../../shared/timeZone.js';

describe('time zones', () => {
  it('knows IANA names and refuses others', () => {
    expect(['UTC', 'Asia/Seoul', 'America/Mexico_City', 'Etc/GMT-2'].every(isTimeZone)).toBe(true);
    expect(['', 'Mars/Olympus', 'UTC+2'].some(isTimeZone)).toBe(false);
  });

  it('the seed session: 11:00 UTC is 20:00 in Seoul and 06:00 in Mexico City', () => {
    const at = Date.UTC(2021, 9, 21, 11, 0);
    expect(zonedInstant('2021-10-21', '20:00', 'Asia/Seoul')).toBe(at);
    expect(zonedInstant('2021-10-21', '06:00', 'America/Mexico_City')).toBe(at);
    expect(offsetMinutes('Asia/Seoul', at)).toBe(540);
    expect(dateIn(Date.UTC(2021, 9, 21, 16, 0), 'Asia/Seoul')).toBe('2021-10-22');
  });

  it('a time in a DST gap resolves forward; a time in the repeated hour takes one of its two instants', () => {
    // Paris, 28 March 2021: 02:00 → 03:00. 02:30 does not exist: it is read as 03:30 (01:30 UTC).
    expect(zonedInstant('2021-03-28', '02:30', 'Europe/Paris')).toBe(Date.UTC(2021, 2, 28, 1, 30));
    // Paris, 31 October 2021: 02:30 happens twice (00:30 and 01:30 UTC).
    expect([Date.UTC(2021, 9, 31, 0, 30), Date.UTC(2021, 9, 31, 1, 30)]).toContain(
      zonedInstant('2021-10-31', '02:30', 'Europe/Paris'),
    );
  });

  it('unreadable input or an unknown zone gives null; dateIn falls back to UTC', () => {
    expect(zonedInstant('21/10/2021', '20:00', 'Asia/Seoul')).toBeNull();
    expect(zonedInstant('2021-10-21', '8pm', 'Asia/Seoul')).toBeNull();
    expect(zonedInstant('2021-10-21', '20:00', 'Mars/Olympus')).toBeNull();
    expect(dateIn(Date.UTC(2021, 9, 21, 23, 0), 'Mars/Olympus')).toBe('2021-10-21');
  });
});
