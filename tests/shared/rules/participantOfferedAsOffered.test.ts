// The phone asks `participantOffered`, which leaves the permission table out of its bundle: for
// every participant command and every role it must say what `offered` (table included) says.
import { describe, expect, it } from 'vitest';
import { type ParticipantCommand, offered, participantOffered } from '../../../shared/rules.js';
import { ROLES } from '../../../shared/state.js';
import { SAMPLE_COMMANDS } from '../../helpers/commands.js';
import { Harness, MODERATOR } from '../../helpers/domain.js';

const PHONE_TYPES = [
  'profile:set',
  'answer:submit',
  'answer:edit',
  'answer:withdraw',
  'aq:ask',
  'aq:vote',
  'aq:withdraw',
] as const satisfies readonly ParticipantCommand['type'][];

describe('rules: participantOffered', () => {
  it('agrees with offered() for every role, open or closed', () => {
    const h = new Harness();
    h.joinAll('p1');
    for (const phase of ['open', 'ended'] as const) {
      if (phase === 'ended') h.ok(MODERATOR, { type: 'session:end' });
      else h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: 'main' } });
      for (const type of PHONE_TYPES) {
        const c = SAMPLE_COMMANDS[type] as ParticipantCommand;
        for (const role of ROLES) {
          const actor = { role, participantId: role === 'participant' ? 'p1' : null };
          expect(participantOffered(h.state, actor, c, h.now), `${phase} ${type} ${role}`).toBe(
            offered(h.state, actor, c, h.now),
          );
        }
      }
    }
  });
});
