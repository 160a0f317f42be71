import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/errors.js';
import { kindSession } from './kindSession.js';

describe('scale questions: one value within the range', () => {
  it('stores a value at either end, edits it, and refuses one outside, storing nothing', () => {
    const { h, p1, p2 } = kindSession();
    h.ok(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qs', value: 0 });
    h.ok(p2, { type: 'answer:submit', answerId: 'a2', questionId: 'qs', value: 10 });
    expect(h.ok(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qs', value: 0 })).toEqual([]);
    h.ok(p1, { type: 'answer:edit', answerId: 'a1', value: 7 });
    expect(h.state.answers.a1!.value).toBe(7);
    const before = h.state.answers;
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a3', questionId: 'qs', value: 11 })).toBe('out_of_range');
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a3', questionId: 'qs', value: -1 })).toBe('out_of_range');
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a3', questionId: 'qs', value: 2.5 })).toBe('out_of_range');
    expect(h.no(p1, { type: 'answer:edit', answerId: 'a1', value: 12 })).toBe('out_of_range');
    expect(h.state.answers).toBe(before);
    expect(errorMessage('out_of_range', 'fr')).toMatch(/hors de l’échelle/);
    h.ok(p2, { type: 'answer:withdraw', answerId: 'a2' });
    expect(h.state.answers.a2!.withdrawn).toBe(true);
  });
});
