// The group photo (uploaded over HTTP) is the command 'photo:set': the staff set or remove it, and
// the engine refuses it from anyone else before decide.
import { describe, expect, it } from 'vitest';
import { SYSTEM } from '../../../shared/decide.js';
import { step } from '../../../shared/engine.js';
import { Harness, MODERATOR, PROJECTOR, RAPPORTEUR } from '../../helpers/domain.js';

const photo = { id: 'ph1', mime: 'image/png' as const, bytes: 1234 };

describe('decide: photo:set', () => {
  it('the rapporteur sets it, the moderator removes it', () => {
    const h = new Harness();
    expect(h.ok(RAPPORTEUR, { type: 'photo:set', photo })).toEqual([{ type: 'photo:set', photo }]);
    expect(h.state.photo).toEqual(photo);
    h.ok(MODERATOR, { type: 'photo:set', photo: null });
    expect(h.state.photo).toBeNull();
  });

  it('a participant, the projector and the system may not set it: refused, state unchanged', () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    for (const actor of [p1!, PROJECTOR, SYSTEM]) {
      const r = step(h.state, actor, { type: 'photo:set', photo }, h.now);
      expect(r, actor.role).toEqual({ ok: false, error: 'forbidden' });
    }
    expect(h.state.photo).toBeNull();
  });
});
