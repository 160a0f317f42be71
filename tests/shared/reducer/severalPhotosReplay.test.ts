// Several photos: logs from the one-photo days (photo:set replacing the photo) replay to a list of
// that one photo; photo:added and photo:removed keep a list in upload order with `photo` its first;
// a state saved before the list existed (no `photos`) takes new photos after its one.
import { describe, expect, it } from 'vitest';
import { decide, SYSTEM } from '../../../shared/decide.js';
import type { EventEnvelope, SessionEvent } from '../../../shared/events.js';
import { apply, replay } from '../../../shared/reducer.js';
import { MAX_PHOTOS, photosOf, type PhotoMeta, type SessionState } from '../../../shared/state.js';
import { Harness, T0 } from '../../helpers/domain.js';

const ph = (id: string): PhotoMeta => ({ id, mime: 'image/png', bytes: 100 });
const ev = (e: SessionEvent) => e;

describe('reducer: several photos', () => {
  it('replays an old log of photo:set as a list of its last photo', () => {
    const h = new Harness();
    h.appendRaw(ev({ type: 'photo:set', photo: ph('a') }), ev({ type: 'photo:set', photo: ph('b') }));
    const s = replay(JSON.parse(JSON.stringify(h.log)) as EventEnvelope[]);
    expect(s.photo).toEqual(ph('b'));
    expect(photosOf(s)).toEqual([ph('b')]);
  });

  it('adds photos in order, removes one, and photo:set null removes them all', () => {
    const h = new Harness();
    h.appendRaw(ev({ type: 'photo:added', photo: ph('a') }), ev({ type: 'photo:added', photo: ph('b') }));
    expect(photosOf(h.state)).toEqual([ph('a'), ph('b')]);
    expect(h.state.photo).toEqual(ph('a'));
    h.appendRaw(ev({ type: 'photo:removed', id: 'a' }));
    expect(photosOf(h.state)).toEqual([ph('b')]);
    expect(h.state.photo).toEqual(ph('b'));
    h.appendRaw(ev({ type: 'photo:set', photo: null }));
    expect(photosOf(h.state)).toEqual([]);
    expect(h.state.photo).toBeNull();
  });

  it('a state saved before the list existed takes a new photo after its own', () => {
    const h = new Harness();
    h.appendRaw(ev({ type: 'photo:set', photo: ph('old') }));
    const { photos: _dropped, ...saved } = h.state;
    const older = saved as SessionState;
    expect(photosOf(older)).toEqual([ph('old')]);
    const env = { seq: older.seq + 1, at: T0, event: ev({ type: 'photo:added', photo: ph('new') }) } as EventEnvelope;
    expect(photosOf(apply(older, env))).toEqual([ph('old'), ph('new')]);
  });

  it('refuses more than MAX_PHOTOS, a photo twice, and removing one that is not there', () => {
    const h = new Harness();
    for (let i = 0; i < MAX_PHOTOS; i++) h.appendRaw(ev({ type: 'photo:added', photo: ph(`p${i}`) }));
    expect(decide(h.state, SYSTEM, { type: 'photo:add', photo: ph('one-more') }, T0)).toEqual({
      ok: false,
      error: 'too_large',
    });
    expect(decide(h.state, SYSTEM, { type: 'photo:add', photo: ph('p0') }, T0)).toMatchObject({ ok: true });
    expect(decide(h.state, SYSTEM, { type: 'photo:remove', id: 'nope' }, T0)).toEqual({
      ok: false,
      error: 'not_found',
    });
  });
});
