// The unlabeled header lines of a concept note, one rule at a time.
import { describe, expect, it } from 'vitest';
import { importBrief } from '../../../shared/brief/importBrief.js';

const body = '\nSession title: Local food\nMain question\nWhat works?\n';

describe('letterhead lines', () => {
  it('a range of days is the forum’s, never the session’s date', () => {
    const r = importBrief(`GSEF 2023\nDakar\n16-18 October 2023\n${body}`);
    expect(r.definition.event.city).toBe('Dakar');
    expect(r.definition.date).toBe('');
    expect(r.unrecognized).toContain('16-18 October 2023');
  });

  it('a labelled date wins over the header’s date', () => {
    const r = importBrief(`GSEF 2023\n17 October 2023\n10:00-11:00 UTC\n${body}Date: 18 October 2023\n`);
    expect([r.definition.date, r.definition.startTime, r.definition.timeZone]).toEqual(['2023-10-18', '10:00', 'UTC']);
  });

  it('a sentence is a sub-theme only in a header that dates the session', () => {
    const dated = importBrief(`GSEF 2023\nFood systems for local resilience\n17 October 2023\n${body}`);
    expect(dated.definition.event.theme).toBe('Food systems for local resilience');
    const undated = importBrief(`GSEF 2023\nFood systems for local resilience\n${body}`);
    expect(undated.definition.event.theme).toBe('');
    expect(undated.unrecognized).toContain('Food systems for local resilience');
  });

  it('an unknown place is not guessed as the city', () => {
    const r = importBrief(`GSEF 2023\nReport\n17 October 2023\n${body}`);
    expect(r.definition.event.city).toBe('');
    expect(r.unrecognized).toContain('Report');
  });
});
