import { describe, expect, it } from 'vitest';
import { MODERATOR } from '../../helpers/domain.js';
import { kindSession } from './kindSession.js';

describe('definition:update: a question with answers keeps its kind', () => {
  it('refuses a kind change or the removal of a closed question once answered, and allows new options', () => {
    const { h, p1 } = kindSession();
    h.ok(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qc', choices: [0] });
    const d = h.state.definition;
    const withQ = (q: object) => ({
      ...d,
      rounds: [{ ...d.rounds[0]!, questions: d.rounds[0]!.questions.map((x) => (x.id === 'qc' ? { ...x, ...q } : x)) }],
    });
    expect(h.no(MODERATOR, { type: 'definition:update', definition: withQ({ kind: 'words' }) })).toBe('invalid_state');
    const without = {
      ...d,
      rounds: [{ ...d.rounds[0]!, questions: d.rounds[0]!.questions.filter((x) => x.id !== 'qc') }],
    };
    expect(h.no(MODERATOR, { type: 'definition:update', definition: without })).toBe('invalid_state');
    const events = h.ok(MODERATOR, {
      type: 'definition:update',
      definition: withQ({ options: ['Jobs', 'Housing', 'Food', 'Care'] }),
    });
    // The tally follows the new options at once.
    expect(events.find((e) => e.type === 'results:updated' && e.questionId === 'qc')).toMatchObject({
      result: { counts: [1, 0, 0, 0] },
    });
  });
});
