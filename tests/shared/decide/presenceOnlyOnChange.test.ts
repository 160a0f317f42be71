// Presence is the server's command 'participant:presence': an event only when it changes something.
import { describe, expect, it } from 'vitest';
import { SYSTEM } from '../../../shared/decide.js';
import { Harness } from '../../helpers/domain.js';

describe('decide: participant:presence', () => {
  it('records a participant leaving and coming back', () => {
    const h = new Harness();
    h.joinAll('p1');
    expect(h.ok(SYSTEM, { type: 'participant:presence', participantId: 'p1', connected: false })).toEqual([
      { type: 'participant:presence', participantId: 'p1', connected: false },
    ]);
    expect(h.state.participants.p1?.connected).toBe(false);
    expect(h.ok(SYSTEM, { type: 'participant:presence', participantId: 'p1', connected: true })).toHaveLength(1);
    expect(h.state.participants.p1?.connected).toBe(true);
  });

  it('no event when nothing changes, nor for someone who never joined', () => {
    const h = new Harness();
    h.joinAll('p1');
    const seq = h.state.seq;
    expect(h.ok(SYSTEM, { type: 'participant:presence', participantId: 'p1', connected: true })).toEqual([]);
    expect(h.ok(SYSTEM, { type: 'participant:presence', participantId: 'ghost', connected: false })).toEqual([]);
    expect(h.state.seq).toBe(seq);
    expect(h.state.participants.ghost).toBeUndefined();
  });
});
