import { describe, expect, it } from 'vitest';
import { MAIN_QUESTION_ID } from '../../../shared/definition.js';
import { Harness, MODERATOR } from '../../helpers/domain.js';

// A phone on a weak network resends what it is not sure arrived: the answer id makes that safe.
describe('decide: re-submitting the same answerId is idempotent', () => {
  const setup = () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: MAIN_QUESTION_ID } });
    h.ok(p1!, { type: 'answer:submit', answerId: 'a1', questionId: MAIN_QUESTION_ID, text: 'Once' });
    return { h, p1: p1! };
  };

  it('the same participant re-sending gets ok with no events, and the answer is counted once', () => {
    const { h, p1 } = setup();
    const before = h.state;
    expect(h.ok(p1, { type: 'answer:submit', answerId: 'a1', questionId: MAIN_QUESTION_ID, text: 'Once' })).toEqual([]);
    expect(Object.keys(h.state.answers)).toEqual(['a1']);
    expect(h.state).toBe(before);
  });

  it('still ok after the question closed (the first send got through)', () => {
    const { h, p1 } = setup();
    h.ok(MODERATOR, { type: 'answering:close', questionIds: [MAIN_QUESTION_ID] });
    expect(h.ok(p1, { type: 'answer:submit', answerId: 'a1', questionId: MAIN_QUESTION_ID, text: 'Once' })).toEqual([]);
  });

  it('still ok after the session ended (the first send got through before the end)', () => {
    const { h, p1 } = setup();
    h.ok(MODERATOR, { type: 'session:end' });
    expect(h.ok(p1, { type: 'answer:submit', answerId: 'a1', questionId: MAIN_QUESTION_ID, text: 'Once' })).toEqual([]);
    expect(h.state.answers.a1!.text).toBe('Once');
  });

  it('a re-sent audience question is idempotent the same way', () => {
    const { h, p1 } = setup();
    h.ok(p1, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Why?' });
    expect(h.ok(p1, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Why?' })).toEqual([]);
    h.ok(MODERATOR, { type: 'session:end' });
    expect(h.ok(p1, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Why?' })).toEqual([]);
    expect(Object.keys(h.state.audienceQuestions)).toEqual(['x1']);
  });

  it('withdrawing twice is ok with no second event; editing to the same text emits nothing', () => {
    const { h, p1 } = setup();
    expect(h.ok(p1, { type: 'answer:edit', answerId: 'a1', text: '  Once \n' })).toEqual([]);
    expect(h.ok(p1, { type: 'answer:withdraw', answerId: 'a1' })).toEqual([
      { type: 'answer:withdrawn', answerId: 'a1' },
    ]);
    expect(h.ok(p1, { type: 'answer:withdraw', answerId: 'a1' })).toEqual([]);
  });
});
