import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/errors.js';
import { kindSession } from './kindSession.js';

describe('choice questions: answers by option index', () => {
  it('stores a single choice with an empty text, once on resend, and edits and withdraws it', () => {
    const { h, p1 } = kindSession();
    const vote = { type: 'answer:submit' as const, answerId: 'a1', questionId: 'qc', choices: [1] };
    expect(h.ok(p1, vote)).toEqual([
      {
        type: 'answer:submitted',
        answerId: 'a1',
        participantId: 'p1',
        questionId: 'qc',
        text: '',
        language: 'en',
        choices: [1],
      },
    ]);
    // The outbox re-sends after a reconnect: acknowledged, nothing added.
    expect(h.ok(p1, vote)).toEqual([]);
    expect(Object.keys(h.state.answers)).toEqual(['a1']);
    expect(h.ok(p1, { type: 'answer:edit', answerId: 'a1', choices: [2] })).toEqual([
      { type: 'answer:edited', answerId: 'a1', text: '', choices: [2] },
    ]);
    expect(h.state.answers.a1!.choices).toEqual([2]);
    expect(h.ok(p1, { type: 'answer:edit', answerId: 'a1', choices: [2] })).toEqual([]);
    h.ok(p1, { type: 'answer:withdraw', answerId: 'a1' });
    expect(h.state.answers.a1!.withdrawn).toBe(true);
  });

  it('refuses an option that does not exist, two on a single choice, and text, storing nothing', () => {
    const { h, p1 } = kindSession();
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qc', choices: [3] })).toBe('unknown_option');
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qc', choices: [0, 1] })).toBe(
      'one_choice_only',
    );
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qc', choices: [] })).toBe('invalid_payload');
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qc', text: 'Jobs' })).toBe(
      'wrong_answer_kind',
    );
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qt', choices: [0] })).toBe(
      'wrong_answer_kind',
    );
    expect(h.state.answers).toEqual({});
    expect(errorMessage('one_choice_only', 'fr')).toMatch(/une seule option/);
    expect(errorMessage('unknown_option', 'es')).toMatch(/no existe/);
  });

  it('takes several options and "other" with its text on a multiple choice, sorted', () => {
    const { h, p1 } = kindSession();
    h.ok(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qm', choices: [3, 0], otherText: ' Care ' });
    expect(h.state.answers.a1).toMatchObject({ choices: [0, 3], otherText: 'Care', text: '' });
    // "Other" needs its text, and its text needs "other".
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a2', questionId: 'qm', choices: [3] })).toBe('invalid_payload');
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a2', questionId: 'qm', choices: [1], otherText: 'x' })).toBe(
      'invalid_payload',
    );
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a2', questionId: 'qm', choices: [1, 1] })).toBe(
      'unknown_option',
    );
  });
});
