// A brief without moderator or speakers, with questions under no round heading.
import { describe, expect, it } from 'vitest';
import { expectValid, importFixture, questionTexts } from './helpers.js';

describe('brief without speakers', () => {
  const { definition: d, warnings } = importFixture('no-speakers.txt');

  it('imports the rest and warns about the missing people', () => {
    expectValid(d);
    expect(d.speakers).toEqual([]);
    expect(warnings).toContainEqual({ code: 'no_speakers', params: {} });
    expect(warnings).toContainEqual({ code: 'no_moderator', params: {} });
    expect(d.title).toBe('Open space on community finance');
  });

  it('puts questions without a round heading in one round', () => {
    expect(d.rounds.map((r) => [r.id, r.title])).toEqual([['r1', 'Round 1']]);
    expect(questionTexts(d)).toEqual([
      ['Which tool have you used yourself?', 'What would make it easier to start one?'],
    ]);
  });

  it('maps "UTC+1" to an IANA zone and flags the day/month ambiguity of 12/03/2024', () => {
    expect(d.timeZone).toBe('Etc/GMT-1');
    expect(d.date).toBe('2024-03-12');
    expect(warnings).toContainEqual({ code: 'date_ambiguous', params: { text: '12/03/2024', date: '2024-03-12' } });
  });
});
