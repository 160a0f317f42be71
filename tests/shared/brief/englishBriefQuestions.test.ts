// The English brief fixture: main question and two rounds numbered 1-5 + 1-5, with a page header
// and a page number stamped inside the first round's list and a blank line inside the second.
import { describe, expect, it } from 'vitest';
import { importFixture, questionTexts } from './helpers.js';

describe('English brief: questions', () => {
  const { definition: d, warnings } = importFixture('en-workshop.txt');

  it('reads the main question', () => {
    expect(d.mainQuestion).toBe(
      'How can energy cooperatives make the transition affordable for every household in a neighbourhood?',
    );
  });

  it('puts five questions in each round, with stable ids, page furniture left out', () => {
    expect(d.rounds.map((r) => [r.id, r.title])).toEqual([
      ['r1', 'Round 1'],
      ['r2', 'Round 2'],
    ]);
    expect(d.rounds.map((r) => r.questions.map((q) => q.id))).toEqual([
      ['r1q1', 'r1q2', 'r1q3', 'r1q4', 'r1q5'],
      ['r2q1', 'r2q2', 'r2q3', 'r2q4', 'r2q5'],
    ]);
    expect(questionTexts(d)).toEqual([
      [
        'What first convinced your members to invest in a shared installation?',
        // The page break ("Page 2 of 4" and the running header) falls between questions 2 and 3.
        'Which rule or permit slowed your project the most?',
        'How do you set a fair price for the energy your members share?',
        'What role did the municipality play in your first project?',
        'How do you include tenants who do not own a roof?',
      ],
      [
        // A blank line separates questions 1 and 2; it must not merge or drop them.
        'Which partners outside the energy sector have been most useful?',
        'How can cooperatives finance projects without a large bank loan?',
        'What would you change in national energy law tomorrow?',
        'How do you keep members involved once the panels are installed?',
        'What should a new cooperative do in its first year?',
      ],
    ]);
  });

  it('says how many page header and footer lines it removed', () => {
    expect(warnings).toContainEqual({
      code: 'page_lines_removed',
      params: { count: 6, example: 'Porto 2024 – Community Energy Cooperatives Forum' },
    });
  });
});
