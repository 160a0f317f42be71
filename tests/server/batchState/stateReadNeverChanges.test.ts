// The committer changes a room's big records in place between batches while nobody has read the
// state: a state once read (room.state) must never change afterwards, and a failed commit must
// leave the room exactly as it was before the batch.
import { describe, expect, it } from 'vitest';
import { Committer } from '../../../server/committer.js';
import { silentLogger } from '../../../server/log.js';
import { Registry } from '../../../server/registry.js';
import type { Room } from '../../../server/room.js';
import { createMemorySessionStore } from '../../../server/store/memorySessionStore.js';
import type { Command } from '../../../shared/commands.js';
import { SYSTEM } from '../../../shared/decide.js';
import { parseDefinition } from '../../../shared/definition.js';
import { replay } from '../../../shared/reducer.js';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';

async function setup() {
  const store = createMemorySessionStore();
  let now = 1_700_000_000_000;
  const registry = new Registry(store, () => now);
  const def = parseDefinition(SAMPLE_DEFINITION);
  if (!def.ok) throw new Error('bad definition');
  const room = (await registry.load((await registry.create(def.definition)).code))!;
  const queue: (() => void)[] = [];
  const committer = new Committer(
    store,
    () => (now += 10),
    { publish: () => {} },
    silentLogger,
    (fn) => void queue.push(fn),
  );
  const flush = async () => {
    for (const fn of queue.splice(0)) fn();
    await committer.drain();
  };
  const join = (pid: string) =>
    committer.submit({
      room,
      actor: SYSTEM,
      command: { type: 'participant:join', participantId: pid, language: 'en' },
      commandId: null,
      lang: 'en',
    });
  const send = (pid: string | null, id: string, c: Command) =>
    committer.submit({
      room,
      actor: pid ? { role: 'participant', participantId: pid } : { role: 'moderator', participantId: null },
      command: c,
      commandId: id,
      lang: 'en',
    });
  return { store, room, committer, flush, join, send };
}

const answer = (id: string, text = `text ${id}`): Command => ({
  type: 'answer:submit',
  answerId: id,
  questionId: 'r1q1',
  text,
});

describe('room state', () => {
  it('a state once read never changes, however many batches follow', async () => {
    const { room, flush, join, send } = await setup();
    void join('p1');
    void join('p2');
    void send(null, 'm1', { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } });
    await flush();
    const reads: { state: typeof room.state; copy: unknown }[] = [];
    for (let batch = 0; batch < 30; batch++) {
      for (let k = 0; k < 5; k++) void send(k % 2 ? 'p1' : 'p2', `c${batch}x${k}`, answer(`a${batch}x${k}`));
      if (batch % 3 === 0)
        void send('p1', `e${batch}`, {
          type: 'answer:edit',
          answerId: `a${Math.max(0, batch - 3)}x1`,
          text: `edited ${batch}`,
        });
      await flush();
      // Read only now and then: the batches in between change the records in place.
      if (batch % 7 === 0) {
        const s = room.state;
        reads.push({ state: s, copy: structuredClone(s) });
      }
    }
    expect(Object.keys(room.state.answers)).toHaveLength(150);
    for (const r of reads) expect(r.state).toEqual(r.copy);
  });

  it('the state equals a replay of the stored log after in-place batches', async () => {
    const { store, room, flush, join, send } = await setup();
    void join('p1');
    void send(null, 'm1', { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } });
    await flush();
    for (let batch = 0; batch < 20; batch++) {
      void send('p1', `c${batch}`, answer(`a${batch}`));
      void send('p1', `w${batch}`, { type: 'answer:withdraw', answerId: `a${Math.max(0, batch - 1)}` });
      await flush();
    }
    expect(room.state).toEqual(replay(await store.eventsAfter(room.code, 0)));
  });

  it('a failed commit leaves the room exactly as before the batch, in-place changes undone', async () => {
    const { store, room, flush, join, send } = await setup();
    void join('p1');
    void send(null, 'm1', { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } });
    await flush();
    void send('p1', 'c0', answer('a0'));
    await flush();
    // Batches without a read: the working state's records are being changed in place.
    void send('p1', 'c1', answer('a1'));
    await flush();
    const expected = structuredClone(replay(await store.eventsAfter(room.code, 0)));
    const commit = store.commit.bind(store);
    store.commit = async (batches) => batches.map(() => ({ ok: false, conflict: false, error: 'disk full' }));
    const acks = [
      send('p1', 'c2', answer('a2')),
      send('p1', 'c3', { type: 'answer:edit', answerId: 'a1', text: 'changed' }),
      send('p1', 'c4', answer('a3')),
    ];
    await flush();
    expect((await Promise.all(acks)).map((a) => a.ok)).toEqual([false, false, false]);
    store.commit = commit;
    const after: Room['state'] = room.state;
    expect(after).toEqual(expected);
    expect(after.answers.a1!.text).toBe('text a1');
    // And the room goes on from there.
    void send('p1', 'c5', answer('a5'));
    await flush();
    expect(Object.keys(room.state.answers).sort()).toEqual(['a0', 'a1', 'a5']);
    expect(room.state).toEqual(replay(await store.eventsAfter(room.code, 0)));
  });

  it('a connect (catch-up or snapshot) does not cost the next commit a copy of the room', async () => {
    const { room, flush, join, send } = await setup();
    void join('p1');
    void send(null, 'm1', { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } });
    await flush();
    void send('p1', 'c0', answer('a0'));
    await flush();
    const builder = room.working();
    room.catchUp({ role: 'participant', participantId: 'p1' }, undefined);
    room.catchUp({ role: 'moderator', participantId: null }, 2);
    void send('p1', 'c1', answer('a1'));
    await flush();
    expect(room.working()).toBe(builder);
    // Reading the state does: what was read must never change.
    const read = room.state;
    expect(room.working()).not.toBe(builder);
    void send('p1', 'c2', answer('a2'));
    await flush();
    expect(Object.keys(read.answers)).toEqual(['a0', 'a1']);
  });
});
