import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/errors.js';
import { kindSession } from './kindSession.js';

describe('words questions: up to three words or short phrases', () => {
  it('stores the words cleaned, once on resend, edits and withdraws them', () => {
    const { h, p1 } = kindSession();
    const send = {
      type: 'answer:submit' as const,
      answerId: 'a1',
      questionId: 'qw',
      words: [' Trust ', '', 'local   food'],
    };
    h.ok(p1, send);
    expect(h.state.answers.a1!.words).toEqual(['Trust', 'local food']);
    expect(h.ok(p1, send)).toEqual([]);
    h.ok(p1, { type: 'answer:edit', answerId: 'a1', words: ['Coopération'] });
    expect(h.state.answers.a1).toMatchObject({ words: ['Coopération'], text: '' });
    h.ok(p1, { type: 'answer:withdraw', answerId: 'a1' });
    expect(h.state.answers.a1!.withdrawn).toBe(true);
  });

  it('refuses four words, no word at all and a word too long, storing nothing', () => {
    const { h, p1 } = kindSession();
    const submit = (words: string[]) => h.no(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qw', words });
    expect(submit(['a', 'b', 'c', 'd'])).toBe('too_many_words');
    expect(submit(['  ', ''])).toBe('invalid_payload');
    expect(submit(['x'.repeat(41)])).toBe('text_too_long');
    expect(h.state.answers).toEqual({});
    expect(errorMessage('too_many_words', 'es')).toMatch(/tres palabras/);
  });
});
