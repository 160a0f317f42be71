// A log's first event is decided too: 'session:create' on the state initialState builds, and only there.
import { describe, expect, it } from 'vitest';
import { SYSTEM, decide } from '../../../shared/decide.js';
import { createSession } from '../../../shared/engine.js';
import { T0, makeDefinition, newSession } from '../../helpers/domain.js';

describe('decide: session:create', () => {
  it('createSession gives the session:created event at seq 1, carrying the code and definition', () => {
    const definition = makeDefinition();
    const r = createSession('K7MQ2P', definition, T0);
    expect(r.envelopes).toEqual([{ seq: 1, at: T0, event: { type: 'session:created', code: 'K7MQ2P', definition } }]);
    expect(r.state).toMatchObject({ code: 'K7MQ2P', seq: 1, createdAt: T0, phase: { kind: 'lobby' } });
  });

  it('is refused on a session that already has a log', () => {
    expect(decide(newSession(), SYSTEM, { type: 'session:create' }, T0 + 1)).toEqual({
      ok: false,
      error: 'invalid_state',
    });
  });
});
