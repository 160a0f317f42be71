// Audience questions in the report: the ones the room saw and the rapporteur kept, each with who
// answered and the gist (several replies each); merged duplicates, hidden (even replied to),
// withdrawn and excluded ones left out.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/model.js';
import { SEED_AUDIENCE, SEED_NOW, seedSession } from '../../fixtures/report/seedSession.js';

describe('audience questions', () => {
  const s = buildReport(seedSession('fr').state, SEED_NOW).sections.find((x) => x.kind === 'audienceQuestions');
  const questions = s?.kind === 'audienceQuestions' ? s.questions : [];

  it('keeps the seed questions in the order they were asked, with every reply in the order recorded', () => {
    expect(questions.map((q) => [q.text, q.replies])).toEqual(SEED_AUDIENCE.map((q) => [q.text, q.replies]));
    expect(questions[0]!.replies.map((r) => r.by)).toEqual(['Ben Zeghadi', 'Rodérick Egal']);
  });

  it('leaves out merged, hidden (a reply does not bring it back), withdrawn and excluded questions', () => {
    expect(questions.map((q) => q.id)).toEqual(['q-cultures', 'q-hub', 'q-togo', 'q-civ']);
  });

  it('says whom each was put to, who asked, the votes (a merged duplicate counts), and the highlight', () => {
    expect(
      questions.map((q) => [q.addressedTo, q.askedBy.anonymous ? null : q.askedBy.name, q.votes, q.highlight]),
    ).toEqual([
      ['Ben Amar Zeghadi', null, 4, false],
      ['Ben Amar Zeghadi', null, 0, false],
      [null, 'Honoré Quantchi', 0, true],
      [null, null, 0, false],
    ]);
  });
});
