import { describe, expect, it } from 'vitest';
import { MAIN_QUESTION_ID } from '../../../shared/definition.js';
import { Harness, MODERATOR } from '../../helpers/domain.js';

describe("decide: text longer than the session's maxAnswerLength", () => {
  const setup = () => {
    const h = new Harness({ maxAnswerLength: 40 });
    const [p1, p2] = h.joinAll('p1', 'p2');
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: MAIN_QUESTION_ID } });
    return { h, p1: p1!, p2: p2! };
  };

  it('an answer of exactly the limit is accepted; one character more is text_too_long', () => {
    const { h, p1 } = setup();
    expect(
      h.no(p1, { type: 'answer:submit', answerId: 'a1', questionId: MAIN_QUESTION_ID, text: 'x'.repeat(41) }),
    ).toBe('text_too_long');
    h.ok(p1, { type: 'answer:submit', answerId: 'a1', questionId: MAIN_QUESTION_ID, text: 'x'.repeat(40) });
    expect(h.state.answers.a1!.text).toHaveLength(40);
  });

  it('surrounding whitespace does not count against the limit', () => {
    const { h, p1 } = setup();
    h.ok(p1, {
      type: 'answer:submit',
      answerId: 'a1',
      questionId: MAIN_QUESTION_ID,
      text: `\n  ${'y'.repeat(40)}  \r\n`,
    });
    expect(h.state.answers.a1!.text).toBe('y'.repeat(40));
  });

  it('editing an answer past the limit is refused and keeps the old text', () => {
    const { h, p1 } = setup();
    h.ok(p1, { type: 'answer:submit', answerId: 'a1', questionId: MAIN_QUESTION_ID, text: 'short' });
    expect(h.no(p1, { type: 'answer:edit', answerId: 'a1', text: 'z'.repeat(41) })).toBe('text_too_long');
    expect(h.state.answers.a1!.text).toBe('short');
  });

  it('an audience question uses the same limit', () => {
    const { h, p2 } = setup();
    expect(h.no(p2, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'q'.repeat(41) })).toBe('text_too_long');
    h.ok(p2, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'q'.repeat(40) });
  });

  it('an empty or blank text is invalid_payload', () => {
    const { h, p1 } = setup();
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a1', questionId: MAIN_QUESTION_ID, text: '' })).toBe(
      'invalid_payload',
    );
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a1', questionId: MAIN_QUESTION_ID, text: ' \n\t ' })).toBe(
      'invalid_payload',
    );
    expect(h.no(p1, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: '   ' })).toBe('invalid_payload');
  });
});
