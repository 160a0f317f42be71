import { describe, expect, it } from 'vitest';
import { MAIN_QUESTION_ID } from '../../../shared/definition.js';
import { Harness, MODERATOR } from '../../helpers/domain.js';

describe('decide: answering a question that is not open', () => {
  it('is refused with question_closed before it is opened', () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    expect(h.no(p1!, { type: 'answer:submit', answerId: 'a1', questionId: MAIN_QUESTION_ID, text: 'Early' })).toBe(
      'question_closed',
    );
    expect(h.no(p1!, { type: 'answer:submit', answerId: 'a1', questionId: 'q1', text: 'Early' })).toBe(
      'question_closed',
    );
  });

  it('is refused once the moderator closes it, and so is editing or withdrawing an answer to it', () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    h.ok(MODERATOR, { type: 'answering:open', questionIds: ['q1', 'q2'] });
    h.ok(p1!, { type: 'answer:submit', answerId: 'a1', questionId: 'q1', text: 'In time' });
    h.ok(MODERATOR, { type: 'answering:close', questionIds: ['q1'] });
    expect(h.no(p1!, { type: 'answer:submit', answerId: 'a2', questionId: 'q1', text: 'Late' })).toBe(
      'question_closed',
    );
    expect(h.no(p1!, { type: 'answer:edit', answerId: 'a1', text: 'Changed' })).toBe('question_closed');
    expect(h.no(p1!, { type: 'answer:withdraw', answerId: 'a1' })).toBe('question_closed');
    // Another question still open is unaffected.
    h.ok(p1!, { type: 'answer:submit', answerId: 'a3', questionId: 'q2', text: 'Still open' });
    expect(h.state.answers.a1!.text).toBe('In time');
  });
});
