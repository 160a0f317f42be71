// Loading a definition into the setup editor keeps every question's kind and fields, and the
// session's results default: editing a session never turns a poll back into free text.
import { describe, expect, it } from 'vitest';
import { toEditable } from '../../../client/setup/model.js';
import { parseDefinition } from '../../../shared/definition.js';
import { POLL_DEFINITION } from '../../browser/polls/pollWorld.js';

describe('setup model: question kinds', () => {
  it('keeps kinds, options, scales and the results default through toEditable', () => {
    const input = {
      ...POLL_DEFINITION,
      mainQuestionKind: { kind: 'rank', options: ['A', 'B'] },
      results: 'live',
    };
    const edited = toEditable(input);
    expect(edited.rounds[0]!.questions.map((q) => q.kind)).toEqual(['choice', 'words', 'scale', 'rank']);
    expect(edited.rounds[0]!.questions[2]).toMatchObject({ min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Very' });
    expect(edited.mainQuestionKind).toEqual({ kind: 'rank', options: ['A', 'B'] });
    expect(edited.results).toBe('live');
    const r = parseDefinition(edited);
    expect(r.ok).toBe(true);
  });

  it('adds no kind field to a free-text definition', () => {
    const edited = toEditable({
      mainQuestion: 'Why?',
      rounds: [{ id: 'r1', title: 'R', questions: [{ id: 'q1', text: 'Q' }] }],
    });
    expect(edited.rounds[0]!.questions[0]).toEqual({ id: 'q1', text: 'Q' });
    expect('mainQuestionKind' in edited).toBe(false);
  });
});
