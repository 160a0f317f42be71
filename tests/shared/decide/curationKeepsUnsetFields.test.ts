import { describe, expect, it } from 'vitest';
import { Harness, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

describe('decide: curation and moderation change only the fields sent', () => {
  it('answer:curate and answer:moderate', () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    h.ok(MODERATOR, { type: 'answering:open', questionIds: ['q1'] });
    h.ok(p1!, { type: 'answer:submit', answerId: 'a1', questionId: 'q1', text: 'typo teh' });
    h.ok(RAPPORTEUR, { type: 'answer:curate', answerId: 'a1', correctedText: 'typo the' });
    h.ok(RAPPORTEUR, { type: 'answer:curate', answerId: 'a1', highlight: true });
    expect(h.state.answers.a1).toMatchObject({
      text: 'typo teh',
      correctedText: 'typo the',
      highlight: true,
      included: true,
    });
    h.ok(RAPPORTEUR, { type: 'answer:curate', answerId: 'a1', correctedText: null, included: false });
    expect(h.state.answers.a1).toMatchObject({ correctedText: null, highlight: true, included: false });
    h.ok(MODERATOR, { type: 'answer:moderate', answerId: 'a1', featured: true });
    h.ok(MODERATOR, { type: 'answer:moderate', answerId: 'a1', hidden: true });
    expect(h.state.answers.a1).toMatchObject({ hidden: true, featured: true });
  });

  it('aq:curate', () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Q' });
    h.ok(RAPPORTEUR, { type: 'aq:curate', questionId: 'x1', included: false });
    h.ok(RAPPORTEUR, { type: 'aq:curate', questionId: 'x1', correctedText: 'Question?' });
    expect(h.state.audienceQuestions.x1).toMatchObject({
      included: false,
      highlight: false,
      correctedText: 'Question?',
      text: 'Q',
    });
  });
});
