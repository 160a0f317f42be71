// ROOM (no network): a command is acknowledged only once its batch is committed; until the
// committer flushes, nothing is acked, stored, applied or sent. One tick, one scheduled flush.
import { describe, expect, it } from 'vitest';
import type { Ack } from '../../../shared/errors.js';
import { FakeRoom, MODERATOR, PROJECTOR, participantViewer, settle } from '../../helpers/fakeRoom.js';

describe('room: ack after commit', () => {
  it('acks, stores, applies and publishes only on flush', async () => {
    const r = await FakeRoom.create();
    const joined = r.join('p1');
    expect(r.scheduled).toHaveLength(1);
    await r.flush();
    expect(await joined).toMatchObject({ ok: true });
    const mod = r.attach('moderator', MODERATOR);
    const proj = r.attach('projector', PROJECTOR);
    const p1 = participantViewer('p1');
    r.attach('p1', p1);

    const stored = (await r.stored()).length;
    const state = r.state;
    const published = r.published.length;
    const acks: Ack[] = [];
    const a = r
      .send(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: 'main' } })
      .then((x) => void acks.push(x));
    const b = r
      .send(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'main', text: 'Hello' })
      .then((x) => void acks.push(x));
    // Both in one tick: one flush scheduled for the two.
    expect(r.scheduled).toHaveLength(1);
    await settle();
    expect(acks).toEqual([]);
    expect(await r.stored()).toHaveLength(stored);
    expect(r.state).toBe(state);
    expect(mod.received).toEqual([]);
    expect(r.published).toHaveLength(published);

    await r.flush();
    await Promise.all([a, b]);
    // Decided in arrival order within the batch: the phase opened the question the answer needs.
    expect(acks).toEqual([
      { ok: true, seq: stored + 3 },
      { ok: true, seq: stored + 4 },
    ]);
    expect((await r.stored()).map((e) => e.event.type).slice(stored)).toEqual([
      'phase:changed',
      'timer:set',
      'answering:opened',
      'answer:submitted',
    ]);
    expect(r.state.answers.a1?.text).toBe('Hello');
    expect(mod.received.map((e) => e.seq)).toEqual([stored + 1, stored + 2, stored + 3, stored + 4]);
    expect(proj.received.map((e) => e.event.type)).toEqual([
      'phase:changed',
      'timer:set',
      'answering:opened',
      'answer:submitted',
    ]);
    // The next command schedules a new flush.
    void r.send(MODERATOR, { type: 'timer:adjust', deltaMs: 1_000 });
    expect(r.scheduled).toHaveLength(1);
  });

  it('a failed commit acks internal, rolls the room back and publishes nothing', async () => {
    const r = await FakeRoom.create();
    const mod = r.attach('moderator', MODERATOR);
    const before = r.state;
    const stored = (await r.stored()).length;
    const commit = r.store.commit.bind(r.store);
    r.store.commit = () => Promise.reject(new Error('disk full'));
    const ack = r.send(MODERATOR, { type: 'phase:set', phase: { kind: 'opening' } });
    await r.flush();
    expect(await ack).toMatchObject({ ok: false, error: 'internal' });
    expect(r.state).toBe(before);
    expect(mod.received).toEqual([]);
    r.store.commit = commit;
    // The same command, retried once the disk is back, goes through: the failure left no ack behind.
    const again = r.send(MODERATOR, { type: 'phase:set', phase: { kind: 'opening' } }, 'cmd-1');
    await r.flush();
    // The phase and the step's planned timer (one decision).
    expect(await again).toEqual({ ok: true, seq: stored + 2 });
    expect(mod.received.map((e) => e.event.type)).toEqual(['phase:changed', 'timer:set']);
  });
});
