// Programme order (date, then start time, undated and untimed last) and the report files' names:
// "2026-11-20 14h00 – Title", safe on every file system, never two alike.
import { describe, expect, it } from 'vitest';
import {
  compareProgramme,
  inProgrammeOrder,
  NAME_MAX,
  reportBaseName,
  safeNamePart,
  uniqueNames,
} from '../../../shared/forumProgramme.js';

const e = (code: string, date: string, startTime: string, title = code) => ({ code, title, date, startTime });

describe('programme order', () => {
  it('sorts by date then start time, whatever order the sessions were added in', () => {
    const added = [
      e('C', '2026-11-20', '14:00'),
      e('UNDATED', '', '09:00'),
      e('A', '2026-11-19', '16:30'),
      e('NOTIME', '2026-11-19', ''),
      e('B', '2026-11-20', '09:00'),
      e('A0', '2026-11-19', '08:00'),
    ];
    expect(inProgrammeOrder(added, (x) => x).map((x) => x.code)).toEqual(['A0', 'A', 'NOTIME', 'B', 'C', 'UNDATED']);
  });

  it('breaks a tie of date and time by title, then code', () => {
    expect(
      compareProgramme(e('Z', '2026-11-20', '14:00', 'Atelier'), e('A', '2026-11-20', '14:00', 'Bilan')),
    ).toBeLessThan(0);
    expect(compareProgramme(e('A', '2026-11-20', '14:00', 'Same'), e('B', '2026-11-20', '14:00', 'Same'))).toBeLessThan(
      0,
    );
  });
});

describe('report file names', () => {
  it('writes date, time and title', () => {
    expect(reportBaseName(e('X', '2026-11-20', '14:00', 'Financer l’ESS'))).toBe('2026-11-20 14h00 – Financer l’ESS');
    expect(reportBaseName(e('X', '', '', 'Sans date'))).toBe('Sans date');
    expect(reportBaseName(e('GSEF21', '2026-11-20', '', ''))).toBe('2026-11-20 – GSEF21');
  });

  it('keeps every script and removes what a file system refuses', () => {
    expect(safeNamePart('서울 / نور: "a*b"?<c>|d\\e')).toBe('서울 نور a b c d e');
    expect(safeNamePart('line\nbreak\ttab\u0000nul')).toBe('line break tab nul');
    expect(safeNamePart('  trailing dots... ')).toBe('trailing dots');
    expect(safeNamePart('CON')).toBe('_CON');
    expect([...safeNamePart('é'.repeat(300))].length).toBe(NAME_MAX);
  });

  it('never gives two sessions the same name, whatever the case', () => {
    expect(uniqueNames(['A – Atelier', 'A – atelier', 'A – Atelier', 'B'])).toEqual([
      'A – Atelier',
      'A – atelier (2)',
      'A – Atelier (3)',
      'B',
    ]);
  });
});
