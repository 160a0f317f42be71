// A participant's first connection is the server's command 'participant:join', decided like any
// other: the participant enters once, anonymous unless the session asks for names.
import { describe, expect, it } from 'vitest';
import { SYSTEM, decide } from '../../../shared/decide.js';
import { Harness, T0, newSession } from '../../helpers/domain.js';

describe('decide: participant:join', () => {
  it('lets a new participant in, in their language, anonymous in an optional-identity session', () => {
    const h = new Harness({ identity: 'optional' });
    expect(h.ok(SYSTEM, { type: 'participant:join', participantId: 'p1', language: 'es' })).toEqual([
      {
        type: 'participant:joined',
        participantId: 'p1',
        name: '',
        organization: '',
        country: '',
        language: 'es',
        anonymous: true,
      },
    ]);
    expect(h.state.participants.p1).toMatchObject({ language: 'es', anonymous: true, connected: true });
  });

  it('a named session lets them in as not anonymous (the profile is asked next)', () => {
    const h = new Harness({ identity: 'named' });
    expect(h.ok(SYSTEM, { type: 'participant:join', participantId: 'p1', language: 'en' })).toMatchObject([
      { type: 'participant:joined', anonymous: false },
    ]);
  });

  it('a second join of the same participant changes nothing (no event, no reset of their profile)', () => {
    const h = new Harness({ identity: 'named' });
    h.joinAll('p1');
    const before = h.state.participants.p1;
    expect(h.ok(SYSTEM, { type: 'participant:join', participantId: 'p1', language: 'fr' })).toEqual([]);
    expect(h.state.participants.p1).toBe(before);
    expect(before?.name).toBe('Awa Ndiaye');
  });

  it('is still allowed after the session has ended (a late phone may read the ended session)', () => {
    const h = new Harness();
    h.ok({ role: 'moderator', participantId: null }, { type: 'session:end' });
    expect(h.ok(SYSTEM, { type: 'participant:join', participantId: 'p9', language: 'en' })).toHaveLength(1);
  });

  it('the system actor cannot run a client command through decide', () => {
    const s = newSession();
    expect(decide(s, SYSTEM, { type: 'session:end' }, T0)).toEqual({ ok: false, error: 'forbidden' });
    expect(decide(s, SYSTEM, { type: 'audience:toggle', open: true }, T0)).toEqual({ ok: false, error: 'forbidden' });
  });
});
