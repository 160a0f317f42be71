// THE ASYNC COMMITTER without PostgreSQL: two nodes (two registries and committers) on ONE memory
// store behave like two Palabre nodes (the store decides which batch wins); a store error whose
// write landed; a welcome while a commit is in flight.
import { describe, expect, it } from 'vitest';
import { Committer } from '../../../server/committer.js';
import { silentLogger } from '../../../server/log.js';
import { Registry } from '../../../server/registry.js';
import { createMemorySessionStore } from '../../../server/store/memorySessionStore.js';
import type { SessionStore } from '../../../server/store/sessionStore.js';
import type { Command } from '../../../shared/commands.js';
import { SYSTEM } from '../../../shared/decide.js';
import { parseDefinition } from '../../../shared/definition.js';
import type { AnyCommand } from '../../../shared/serverCommands.js';
import { errorMessage } from '../../../shared/errors.js';
import { replay } from '../../../shared/reducer.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { closeAllRaw, connectRaw, handshake } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

const MOD = { role: 'moderator' as const, participantId: null };

/** A node: its registry, its committer, what it published (seqs in order), its doorbell wired. */
function node(store: SessionStore, o: { doorbell?: boolean; shared?: boolean } = {}) {
  let now = 1_700_000_000_000;
  const clock = () => (now += 10);
  const published: number[] = [];
  const registry = new Registry(store, clock);
  const committer = new Committer(
    store,
    clock,
    { publish: (_code, groups) => void published.push(...groups.flatMap((g) => g.events.map((e) => e.seq))) },
    silentLogger,
    setImmediate,
    { shared: o.shared ?? true },
  );
  if (o.doorbell !== false)
    store.onCommitted((code, head) => {
      const room = registry.get(code);
      if (room && room.seq < head) committer.catchUp(room, head);
    });
  return { registry, committer, published };
}

async function session(store: SessionStore) {
  const def = parseDefinition(SAMPLE_DEFINITION);
  if (!def.ok) throw new Error('bad definition');
  return (await new Registry(store, () => 1_700_000_000_000).create(def.definition)).code;
}

const join = (pid: string): AnyCommand => ({ type: 'participant:join', participantId: pid, language: 'en' });
const reset = (minutes: number): Command => ({ type: 'timer:reset', durationMs: minutes * 60_000 });

describe('async committer', () => {
  it('two nodes deciding on one head: the loser undoes, catches up, publishes, decides again', async () => {
    const store = createMemorySessionStore();
    const code = await session(store);
    const a = node(store);
    const b = node(store);
    const roomA = (await a.registry.load(code))!;
    const roomB = (await b.registry.load(code))!;
    // Same tick on both nodes: both decide on head 1.
    const [ackA, ackB] = await Promise.all([
      a.committer.submit({ room: roomA, actor: MOD, command: reset(3), commandId: 'a1', lang: 'en' }),
      b.committer.submit({ room: roomB, actor: MOD, command: reset(7), commandId: 'b1', lang: 'en' }),
    ]);
    expect([ackA, ackB]).toEqual([
      { ok: true, seq: 2 },
      { ok: true, seq: 3 },
    ]);
    expect(b.committer.stats.conflicts).toBe(1);
    expect(a.committer.stats.conflicts).toBe(0);
    // B published A's event (learnt on the conflict) before its own; A learns B's by the doorbell.
    expect(b.published).toEqual([2, 3]);
    await waitFor(() => a.published.length === 2);
    expect(a.published).toEqual([2, 3]);
    const log = await store.eventsAfter(code, 0);
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(roomA.state).toEqual(replay(log));
    expect(roomB.state).toEqual(replay(log));
    expect(roomB.state.timer.durationMs).toBe(7 * 60_000);
  });

  it('a command retried on the other node is answered with its first ack, applied once', async () => {
    const store = createMemorySessionStore();
    const code = await session(store);
    const a = node(store);
    const b = node(store);
    const roomA = (await a.registry.load(code))!;
    const roomB = (await b.registry.load(code))!;
    const first = await a.committer.submit({ room: roomA, actor: MOD, command: reset(3), commandId: 'x', lang: 'en' });
    // B has not caught up yet (its doorbell may still be queued): the retry still finds the ack.
    const again = await b.committer.submit({ room: roomB, actor: MOD, command: reset(3), commandId: 'x', lang: 'en' });
    expect(again).toEqual(first);
    expect((await store.eventsAfter(code, 0)).filter((e) => e.event.type.startsWith('timer:'))).toHaveLength(1);
  });

  it('a refusal decided on a state another node moved past is decided again, not sent', async () => {
    const store = createMemorySessionStore();
    const code = await session(store);
    const a = node(store);
    // B hears no doorbell: its room stays behind until something makes it read the store.
    const b = node(store, { doorbell: false });
    const roomA = (await a.registry.load(code))!;
    const roomB = (await b.registry.load(code))!;
    await a.committer.submit({ room: roomA, actor: SYSTEM, command: join('p1'), commandId: null, lang: 'en' });
    expect(
      await a.committer.submit({
        room: roomA,
        actor: MOD,
        command: { type: 'answering:open', questionIds: ['main'] },
        commandId: 'open',
        lang: 'en',
      }),
    ).toMatchObject({ ok: true });
    expect(roomB.seq).toBe(1);
    // On B's stale state the participant does not exist and answering is closed: refused there.
    const ack = await b.committer.submit({
      room: roomB,
      actor: { role: 'participant', participantId: 'p1' },
      command: { type: 'answer:submit', answerId: 'x1', questionId: 'main', text: 'hello' },
      commandId: 'c1',
      lang: 'en',
    });
    expect(ack).toEqual({ ok: true, seq: 4 });
    expect(b.committer.stats.conflicts).toBe(1);
    expect(b.published).toEqual([2, 3, 4]);
    expect(roomB.state).toEqual(replay(await store.eventsAfter(code, 0)));
  });

  it('a store error: internal in the sender language; the room catches up before its next decision', async () => {
    const real = createMemorySessionStore();
    let fail = true;
    // The write lands, but the answer is lost (the connection died after the commit).
    const store: SessionStore = {
      ...real,
      async commit(batches) {
        const r = await real.commit(batches);
        if (!fail) return r;
        fail = false;
        return batches.map(() => ({ ok: false, conflict: false, error: 'connection terminated' }));
      },
    };
    const code = await session(store);
    // No doorbell either: the committer itself must know the head is unknown.
    const a = node(store, { doorbell: false });
    const room = (await a.registry.load(code))!;
    const lost = await a.committer.submit({ room, actor: MOD, command: reset(3), commandId: 'c1', lang: 'fr' });
    expect(lost).toEqual({ ok: false, error: 'internal', message: errorMessage('internal', 'fr') });
    expect(room.seq).toBe(1);
    const next = await a.committer.submit({ room, actor: MOD, command: reset(5), commandId: 'c2', lang: 'fr' });
    // Decided on the caught-up state (seq 2 landed): no conflict was needed to find out.
    expect(next).toEqual({ ok: true, seq: 3 });
    expect(a.committer.stats.conflicts).toBe(0);
    expect(a.published).toEqual([2, 3]);
    expect(room.state).toEqual(replay(await store.eventsAfter(code, 0)));
  });

  it('a welcome waits for the commit in flight: it never shows a decided, uncommitted answer', async () => {
    const real = createMemorySessionStore();
    let gate: { entered: boolean; open: () => void; opened: Promise<void> } | null = null;
    const store: SessionStore = {
      ...real,
      async commit(batches) {
        const g = gate;
        if (g) {
          g.entered = true;
          await g.opened;
        }
        return real.commit(batches);
      },
    };
    const server = await startTestServer({ store });
    try {
      const s = await server.createSession(SAMPLE_DEFINITION);
      const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
      expect(await mod.send({ type: 'answering:open', questionIds: ['main'] })).toMatchObject({ ok: true });
      const p = await connectClient(server.url, s.code, 'participant');
      expect(await p.send({ type: 'answer:submit', answerId: 'a0', questionId: 'main', text: 'first' })).toMatchObject({
        ok: true,
      });
      let open = () => {};
      const opened = new Promise<void>((r) => (open = r));
      const g = { entered: false, open, opened };
      gate = g;
      const pending = p.send({ type: 'answer:submit', answerId: 'a1', questionId: 'main', text: 'second' });
      await waitFor(() => g.entered, { what: 'commit in flight' });
      const sockets = server.app.io.of('/').sockets.size;
      const welcomed = connectRaw(server.url, handshake(s.code, 'rapporteur', { key: s.rapporteurKey }));
      await waitFor(() => server.app.io.of('/').sockets.size === sockets + 1, { what: 'rapporteur connected' });
      gate = null;
      g.open();
      const ack = await pending;
      expect(ack).toMatchObject({ ok: true });
      const { welcome } = await welcomed;
      expect(welcome.kind).toBe('snapshot');
      const st = (welcome as { state: { seq: number; answers: Record<string, unknown> } }).state;
      // Sent after the commit: the answer with its seq, not the answer at the seq before it.
      expect(st.seq).toBe(ack.ok ? ack.seq : -1);
      expect(Object.keys(st.answers).sort()).toEqual(['a0', 'a1']);
    } finally {
      closeAllRaw();
      closeAllClients();
      await server.close();
    }
  });
});
