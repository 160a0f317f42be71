import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/errors.js';
import { kindSession } from './kindSession.js';

describe('rank questions: option indexes, best first', () => {
  it('stores a full or partial ranking, edits and withdraws it', () => {
    const { h, p1 } = kindSession();
    h.ok(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qr', order: [2, 0, 3, 1] });
    expect(h.ok(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qr', order: [2, 0, 3, 1] })).toEqual([]);
    expect(h.state.answers.a1!.order).toEqual([2, 0, 3, 1]);
    h.ok(p1, { type: 'answer:edit', answerId: 'a1', order: [1, 2] });
    expect(h.state.answers.a1!.order).toEqual([1, 2]);
    h.ok(p1, { type: 'answer:withdraw', answerId: 'a1' });
    expect(h.state.answers.a1!.withdrawn).toBe(true);
  });

  it('refuses a ranking with duplicates or an unknown option, storing nothing', () => {
    const { h, p1 } = kindSession();
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qr', order: [0, 0, 1] })).toBe(
      'duplicate_rank',
    );
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qr', order: [4] })).toBe('unknown_option');
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qr', choices: [0] })).toBe(
      'wrong_answer_kind',
    );
    expect(h.state.answers).toEqual({});
    expect(errorMessage('duplicate_rank', 'fr')).toMatch(/qu’une fois/);
  });
});
