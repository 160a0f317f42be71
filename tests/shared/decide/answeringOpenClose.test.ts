import { describe, expect, it } from 'vitest';
import { MAIN_QUESTION_ID } from '../../../shared/definition.js';
import { Harness, MODERATOR } from '../../helpers/domain.js';

describe('decide: opening and closing questions', () => {
  it('opens and closes only what changes, once each', () => {
    const h = new Harness();
    expect(h.ok(MODERATOR, { type: 'answering:open', questionIds: ['q1', 'q1', MAIN_QUESTION_ID] })).toEqual([
      { type: 'answering:opened', questionIds: ['q1', MAIN_QUESTION_ID] },
    ]);
    expect(h.ok(MODERATOR, { type: 'answering:open', questionIds: ['q1'] })).toEqual([]);
    expect(h.ok(MODERATOR, { type: 'answering:close', questionIds: ['q1', 'q2'] })).toEqual([
      { type: 'answering:closed', questionIds: ['q1'] },
    ]);
    expect(h.state.openQuestions).toEqual([MAIN_QUESTION_ID]);
  });

  it('the main question does not exist when the session has none', () => {
    const h = new Harness({ mainQuestion: '' });
    expect(h.no(MODERATOR, { type: 'answering:open', questionIds: [MAIN_QUESTION_ID] })).toBe('not_found');
  });
});
