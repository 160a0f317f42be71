// An English concept note: "October 6–8, 2021" (the forum), "Thursday, October 7th, 2021" and
// "9:00 – 10:30, Korea Standard Time" (the session), "Round 1 (questions 1–5)".
import { describe, expect, it } from 'vitest';
import { expectValid, importFixture, questionTexts } from './helpers.js';

describe('English concept note with an unlabeled header', () => {
  const { definition: d, warnings, unrecognized } = importFixture('en-concept-note.txt');

  it('reads event, city, sub-theme and the session schedule', () => {
    expectValid(d);
    expect(d.event).toEqual({
      forum: 'Global Social Economy Forum – GSEF',
      city: 'Seoul',
      year: 2021,
      theme: 'Inclusive recovery and the social economy',
    });
    expect([d.date, d.startTime, d.endTime, d.timeZone]).toEqual(['2021-10-07', '09:00', '10:30', 'Asia/Seoul']);
  });

  it('splits the ten questions into two rounds and says what it could not place', () => {
    expect(d.rounds.map((r) => r.title)).toEqual(['Round 1', 'Round 2']);
    expect(questionTexts(d).map((q) => q.length)).toEqual([5, 5]);
    expect(questionTexts(d)[1]?.[2]).toBe('What training do public buyers need?');
    expect(unrecognized).toEqual(['October 6–8, 2021']);
    expect(warnings).toContainEqual({ code: 'unrecognized_blocks', params: { count: 1 } });
  });
});
