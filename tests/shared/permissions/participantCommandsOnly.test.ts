import { describe, expect, it } from 'vitest';
import { can } from '../../../shared/permissions.js';
import { participantOffered } from '../../../shared/rules.js';
import { ROLES } from '../../../shared/state.js';
import { T0, newSession } from '../../helpers/domain.js';

// The phone asks `participantOffered`, which leaves the permission table out of its bundle: that
// holds only while every participant command is the participants' and no one else's.
const PARTICIPANT_COMMANDS = [
  'profile:set',
  'answer:submit',
  'answer:edit',
  'answer:withdraw',
  'aq:ask',
  'aq:vote',
  'aq:withdraw',
] as const;

describe('permissions: participant commands are the participants’ alone', () => {
  it('allows each to the participant role and to no other', () => {
    for (const type of PARTICIPANT_COMMANDS)
      for (const role of ROLES) expect(can(role, type), `${role} ${type}`).toBe(role === 'participant');
  });

  it('offers none of them to another role', () => {
    const s = newSession();
    const probe = { type: 'aq:ask' as const, questionId: '', speakerId: null, text: '' };
    expect(participantOffered(s, { role: 'moderator', participantId: null }, probe, T0)).toBe(false);
  });
});
