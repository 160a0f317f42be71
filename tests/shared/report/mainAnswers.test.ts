// Answers to the main question: numbered, with full name, organization and country, as the seed
// report lists them; withdrawn, hidden and excluded answers left out; corrections used.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/model.js';
import { SEED_MAIN_ANSWERS, SEED_NOW, seedSession } from '../../fixtures/report/seedSession.js';

describe('answers to the main question', () => {
  const s = buildReport(seedSession('fr').state, SEED_NOW).sections.find((x) => x.kind === 'mainAnswers');
  const answers = s?.kind === 'mainAnswers' ? s.answers : [];

  it('lists the seed answers in order, numbered, with who gave them', () => {
    expect(answers.map((a) => [a.number, a.person.name, a.person.organization, a.person.country, a.text])).toEqual(
      SEED_MAIN_ANSWERS.map((x, i) => [i + 1, x.name, x.organization, x.country, x.text]),
    );
  });

  it('leaves out withdrawn, hidden and excluded answers', () => {
    expect(answers.map((a) => a.id)).toEqual(['a-maud', 'a-ben', 'a-rod', 'a-honore']);
  });

  it("uses the rapporteur's corrected text and flags the highlighted answer", () => {
    expect(answers.find((a) => a.id === 'a-ben')?.text).toBe(SEED_MAIN_ANSWERS[1].text);
    expect(answers.filter((a) => a.highlight).map((a) => a.id)).toEqual(['a-honore']);
  });
});
