// A session whose round 1 holds one question of each closed kind, open for answers, with two participants.
import type { DefinitionInput } from '../../../shared/definition.js';
import { Harness, MODERATOR } from '../../helpers/domain.js';

export const KIND_DEFINITION: Partial<DefinitionInput> = {
  rounds: [
    {
      id: 'r1',
      title: 'Round 1',
      questions: [
        { id: 'qt', text: 'What works?' },
        { id: 'qc', text: 'Which priority?', kind: 'choice', options: ['Jobs', 'Housing', 'Food'] },
        { id: 'qm', text: 'Which ones?', kind: 'choice', options: ['A', 'B', 'C'], multiple: true, other: true },
        { id: 'qs', text: 'How useful?', kind: 'scale', min: 0, max: 10, minLabel: 'Not at all', maxLabel: 'Very' },
        { id: 'qw', text: 'Three words?', kind: 'words' },
        { id: 'qr', text: 'Rank them', kind: 'rank', options: ['Finance', 'Law', 'Training', 'Data'] },
      ],
    },
  ],
};

export function kindSession(overrides: Partial<DefinitionInput> = {}) {
  const h = new Harness({ ...KIND_DEFINITION, ...overrides });
  const [p1, p2] = h.joinAll('p1', 'p2');
  h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } });
  return { h, p1: p1!, p2: p2! };
}
