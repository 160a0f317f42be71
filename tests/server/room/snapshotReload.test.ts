// ROOM (no network): a room saves a snapshot of its state every SNAPSHOT_EVERY events and when it
// is unloaded; reloading reads the snapshot and only the events after it, and ends in the state the
// whole log replays to. Catch-ups after a reload: an old lastSeq gets a snapshot welcome, a recent
// one exactly the events (privacy copies included) a room built from the whole log would send. The
// room's in-memory log stays bounded.
import { describe, expect, it } from 'vitest';
import { Committer } from '../../../server/committer.js';
import { silentLogger, type Logger } from '../../../server/log.js';
import { Registry } from '../../../server/registry.js';
import { MAX_LOG_ENTRIES, Room } from '../../../server/room.js';
import { SNAPSHOT_EVERY } from '../../../server/snapshots.js';
import { createMemorySessionStore } from '../../../server/store/memorySessionStore.js';
import type { SessionStore } from '../../../server/store/sessionStore.js';
import type { Command } from '../../../shared/commands.js';
import { SYSTEM } from '../../../shared/decide.js';
import { parseDefinition } from '../../../shared/definition.js';
import type { EventEnvelope } from '../../../shared/events.js';
import { replay } from '../../../shared/reducer.js';
import { viewFor, type Viewer } from '../../../shared/visibility.js';
import { T0 } from '../../helpers/domain.js';
import { MODERATOR, PROJECTOR, RAPPORTEUR, participantViewer } from '../../helpers/fakeRoom.js';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';

/** The memory store, counting `eventsAfter` calls and the events they returned. */
function countingStore(o: { failSnapshots?: boolean } = {}) {
  const inner = createMemorySessionStore();
  const reads: { seq: number; got: number }[] = [];
  const store: SessionStore = Object.create(inner);
  store.eventsAfter = async (code, seq, limit) => {
    const got = await inner.eventsAfter(code, seq, limit);
    reads.push({ seq, got: got.length });
    return got;
  };
  if (o.failSnapshots) store.saveSnapshot = () => Promise.reject(new Error('disk full'));
  return { store, reads, all: (code: string) => inner.eventsAfter(code, 0) };
}

const PIDS = ['p1', 'p2', 'p3', 'p4'];
const VIEWERS: Viewer[] = [MODERATOR, RAPPORTEUR, PROJECTOR, ...PIDS.map(participantViewer), participantViewer('px')];

async function session(store: SessionStore, log: Logger = silentLogger) {
  let mono = 0;
  const registry = new Registry(
    store,
    () => T0,
    () => {},
    { idleMs: 1000, now: () => mono },
    log,
  );
  const committer = new Committer(store, () => T0, { publish: () => {} }, log);
  const parsed = parseDefinition({ ...SAMPLE_DEFINITION, moderation: 'approve' });
  if (!parsed.ok) throw new Error('bad definition');
  const { code } = await registry.create(parsed.definition);
  const room = (await registry.load(code))!;
  const send = (
    actor: Viewer | typeof SYSTEM,
    command: Command | { type: 'participant:join'; participantId: string; language: 'en' },
    id: string | null,
  ) => committer.submit({ room, actor, command: command as Command, commandId: id, lang: 'en' });
  for (const p of PIDS) void send(SYSTEM, { type: 'participant:join', participantId: p, language: 'en' }, null);
  void send(MODERATOR, { type: 'answering:open', questionIds: ['r1q1'] }, 'open');
  void send(MODERATOR, { type: 'audience:toggle', open: true }, 'aud');
  await committer.drain();
  const p1 = participantViewer('p1');
  const p2 = participantViewer('p2');
  void send(p1, { type: 'aq:ask', questionId: 'q1', speakerId: null, text: 'Published one' }, 'ask1');
  void send(p2, { type: 'aq:ask', questionId: 'q2', speakerId: null, text: 'Pending one' }, 'ask2');
  await committer.drain();
  void send(MODERATOR, { type: 'aq:approve', questionId: 'q1' }, 'appr');
  await committer.drain();
  let n = 0;
  /** Rounds of answers, votes (phone copies) and moderation, one commit each, until the head reaches `seq`. */
  const more = async (seq: number) => {
    for (; room.seq < seq; n++) {
      for (const p of PIDS) {
        const v = participantViewer(p);
        void send(
          v,
          { type: 'answer:submit', answerId: `a${n}${p}`, questionId: 'r1q1', text: `Answer ${n}` },
          `s${n}`,
        );
        void send(v, { type: 'aq:vote', questionId: n % 2 ? 'q2' : 'q1', up: n % 4 < 2 }, `v${n}`);
      }
      if (n % 3 === 0) void send(MODERATOR, { type: 'answer:moderate', answerId: `a${n}p1`, hidden: true }, `m${n}`);
      await committer.drain();
    }
  };
  return {
    code,
    room,
    registry,
    committer,
    more,
    unload: () => {
      mono += 1000;
      return registry.unloadIdle(() => false);
    },
  };
}

describe('room snapshots', () => {
  it('a reload reads the snapshot and the events after it, and equals the replay of the whole log', async () => {
    const { store, reads, all } = countingStore();
    const s = await session(store);
    await s.more(1250);
    await s.committer.snapshotsSettled();
    const head = s.room.seq;
    expect(head).toBeGreaterThan(MAX_LOG_ENTRIES + 100);
    // Memory: the room holds its newest MAX_LOG_ENTRIES events only.
    expect(s.room.logLength).toBe(MAX_LOG_ENTRIES);
    expect(s.room.events().map((e) => e.seq)).toEqual(
      Array.from({ length: MAX_LOG_ENTRIES }, (_, i) => head - MAX_LOG_ENTRIES + 1 + i),
    );
    const periodic = (await store.latestSnapshot(s.code))!;
    expect(periodic.seq).toBeGreaterThanOrEqual(2 * SNAPSHOT_EVERY);
    expect(periodic.seq).toBeLessThan(head);
    const log = await all(s.code);
    const whole = replay(log);

    // A restart (a new registry): the periodic snapshot, then only the events after it.
    reads.length = 0;
    const restarted = await new Registry(store, () => T0).load(s.code);
    expect(reads).toEqual([{ seq: periodic.seq, got: head - periodic.seq }]);
    expect(restarted!.state).toEqual(whole);
    expect(restarted!.state).toEqual(s.room.state);

    // Unloaded: the room moved since its snapshot, so unloading saves one at the head.
    expect(s.unload()).toEqual([s.code]);
    await s.registry.snapshotsSettled();
    expect((await store.latestSnapshot(s.code))!.seq).toBe(head);
    reads.length = 0;
    const reloaded = (await s.registry.load(s.code))!;
    expect(reloaded).not.toBe(s.room);
    expect(reads).toEqual([{ seq: head, got: 0 }]);
    expect(reloaded.state).toEqual(whole);
    expect(reloaded.logLength).toBe(0);

    // Unloaded again without moving: no new save.
    const saves: number[] = [];
    const save = store.saveSnapshot;
    store.saveSnapshot = (code, seq, json) => {
      saves.push(seq);
      return save.call(store, code, seq, json);
    };
    expect(s.unload()).toEqual([s.code]);
    await s.registry.snapshotsSettled();
    expect(saves).toEqual([]);
  });

  it('after a reload, an old lastSeq gets a snapshot and a recent one exactly the missed events', async () => {
    const { store, all } = countingStore();
    const s = await session(store);
    await s.more(SNAPSHOT_EVERY + 80); // past SNAPSHOT_EVERY, below MAX_LOG_ENTRIES
    await s.committer.snapshotsSettled();
    const snap = (await store.latestSnapshot(s.code))!;
    const head = s.room.seq;
    expect(snap.seq).toBeGreaterThanOrEqual(SNAPSHOT_EVERY);
    expect(head - snap.seq).toBeGreaterThan(10);
    expect(head - snap.seq).toBeLessThan(150);
    const log = await all(s.code);
    // Events after the snapshot that some viewers get as phone copies, or not at all.
    const after = log.filter((e) => e.seq > snap.seq).map((e) => e.event.type);
    expect(after).toContain('aq:voted');
    expect(after).toContain('answer:moderated');
    // What a room built from the whole log (as before snapshots, nothing dropped) sends.
    const reference = new Room(s.code, log, undefined, Number.POSITIVE_INFINITY);
    const reloaded = (await new Registry(store, () => T0).load(s.code))!;
    expect(reloaded.logStart).toBe(snap.seq);
    for (const viewer of VIEWERS) {
      const name = `${viewer.role} ${viewer.participantId}`;
      // Old: before the snapshot, or before the room held anything.
      for (const lastSeq of [1, 20, snap.seq - 1]) {
        const w = reloaded.catchUp(viewer, lastSeq);
        expect(w.kind, name).toBe('snapshot');
        if (w.kind === 'snapshot') expect(w.state, name).toEqual(viewFor(reference.state, viewer));
      }
      // Recent: from the snapshot on, event for event what the whole-log room sends.
      for (const lastSeq of [snap.seq, snap.seq + 1, head - 7, head - 1, head]) {
        const w = reloaded.catchUp(viewer, lastSeq);
        expect(w, `${name} from ${lastSeq}`).toEqual(reference.catchUp(viewer, lastSeq));
        expect(w.kind).toBe('events');
        if (w.kind === 'events') for (const e of w.events) expect(e.seq).toBeGreaterThan(lastSeq);
      }
    }
    // The missed events of a recent client are exactly the ones after its lastSeq it may see.
    const mod = reloaded.catchUp(MODERATOR, head - 7);
    expect(mod.kind === 'events' && mod.events.map((e: EventEnvelope) => e.seq)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((i) => head - 7 + i),
    );
  });

  it('a long-lived room keeps a bounded log; older catch-ups get a snapshot', async () => {
    const { store } = countingStore();
    const s = await session(store);
    await s.more(1400);
    expect(s.room.seq).toBeGreaterThan(MAX_LOG_ENTRIES + 300);
    expect(s.room.logLength).toBe(MAX_LOG_ENTRIES);
    expect(s.room.logStart).toBe(s.room.seq - MAX_LOG_ENTRIES);
    const p1 = participantViewer('p1');
    const old = s.room.catchUp(p1, s.room.logStart - 1);
    expect(old.kind).toBe('snapshot');
    if (old.kind === 'snapshot') expect(old.state).toEqual(viewFor(s.room.state, p1));
    expect(s.room.catchUp(MODERATOR, s.room.logStart).kind).toBe('snapshot'); // more than a catch-up carries
    const recent = s.room.catchUp(MODERATOR, s.room.seq - 3);
    expect(recent.kind === 'events' && recent.events.length).toBe(3);
  });

  it('a failing snapshot save is logged and never fails a commit', async () => {
    const { store, all } = countingStore({ failSnapshots: true });
    const logged: string[] = [];
    const s = await session(store, (level, msg) => void (level === 'warn' && logged.push(msg)));
    await s.more(SNAPSHOT_EVERY + 60);
    await s.committer.snapshotsSettled();
    expect(s.room.seq).toBeGreaterThan(SNAPSHOT_EVERY);
    expect(logged).toContain('snapshot save failed');
    expect(s.unload()).toEqual([s.code]);
    await s.registry.snapshotsSettled();
    const reloaded = (await s.registry.load(s.code))!;
    expect(reloaded.state).toEqual(replay(await all(s.code)));
  });
});
