import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../../shared/definition.js';
import { isWallShown, wallEverShown } from '../../../shared/wall.js';
import { viewFor } from '../../../shared/visibility.js';
import { MODERATOR, definitionInput } from '../../helpers/domain.js';
import { plusOne, wallSession } from './wallSession.js';

const phone = (pid: string) => ({ role: 'participant' as const, participantId: pid });
const rounds = (wall: boolean) => [
  {
    id: 'r1',
    title: 'R',
    questions: [
      { id: 'q1', text: 'What works?', wall },
      { id: 'qc', text: 'Which?', kind: 'choice' as const, options: ['A', 'B'], wall: true },
    ],
  },
];

describe('the wall on phones from the setup (`wall: true` on a question)', () => {
  it('shows a free-text question’s wall from the start; the moderator may hide it', () => {
    const { h, p1, p2 } = wallSession({ rounds: rounds(true) });
    expect(isWallShown(h.state, 'q1')).toBe(true);
    // A closed question's wall is never shown, whatever the setup says.
    expect(isWallShown(h.state, 'qc')).toBe(false);
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: 'q1' } });
    h.ok(p1, { type: 'answer:submit', answerId: 'b1', questionId: 'q1', text: 'Tool libraries' });
    h.ok(p2, plusOne('b1'));
    h.ok({ role: 'system', participantId: null }, { type: 'wall:refresh' });
    expect(viewFor(h.state, phone('p3')).wall?.q1?.b1).toMatchObject({ text: 'Tool libraries', count: 1 });
    h.ok(MODERATOR, { type: 'wall:show', questionId: 'q1', shown: false });
    expect(isWallShown(h.state, 'q1')).toBe(false);
    expect(viewFor(h.state, phone('p3')).wall?.q1).toBeUndefined();
    expect(wallEverShown(h.state, 'q1')).toBe(true);
  });

  it('drops the phones’ copy when a setup change turns the default off', () => {
    const { h, p1 } = wallSession({ rounds: rounds(true) });
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: 'q1' } });
    h.ok(p1, { type: 'answer:submit', answerId: 'b1', questionId: 'q1', text: 'Tool libraries' });
    h.ok({ role: 'system', participantId: null }, { type: 'wall:refresh' });
    expect(viewFor(h.state, phone('p3')).wall?.q1).toBeDefined();
    const r = parseDefinition(definitionInput({ rounds: rounds(false) }));
    if (!r.ok) throw new Error('invalid definition');
    h.ok(MODERATOR, { type: 'definition:update', definition: r.definition });
    expect(viewFor(h.state, phone('p3')).wall?.q1).toBeUndefined();
  });
});
