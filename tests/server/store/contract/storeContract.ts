// The SessionStore contract (server/store/sessionStore.ts, rules R1-R14), run against every engine:
// memory.test.ts, sqlite.test.ts, postgres.test.ts. Each test names the rules it checks.
import { afterEach, describe, expect, it } from 'vitest';
import { type CommitBatch, RESYNC_ALL, type SessionStore } from '../../../../server/store/sessionStore.js';
import type { SessionRecord } from '../../../../server/store/sessionStore.js';
import type { Ack } from '../../../../shared/errors.js';
import type { EventEnvelope } from '../../../../shared/events.js';
import { makeDefinition, T0 } from '../../../helpers/domain.js';
import { waitFor } from '../../../helpers/waitFor.js';
import { describeForumContract } from './forumContract.js';
import { ForumSettingsSchema } from '../../../../shared/forum.js';
import * as v from 'valibot';

const parseForum = (name: string) => v.parse(ForumSettingsSchema, { name });

export interface StoreUnderTest {
  /** A store over a fresh, empty database. */
  store: SessionStore;
  /** Another instance over the same data: a restart (durable engines) or a second node. */
  reopen?: () => Promise<SessionStore>;
  /** Removes what the test created (files, databases); stores are closed before. */
  cleanup?: () => Promise<void>;
}

export interface ContractOptions {
  /** Data survives a new instance (`reopen` required). */
  durable: boolean;
  /** The doorbell rings for commits made by another instance (PostgreSQL). */
  sharedDoorbell: boolean;
}

const definition = makeDefinition();

export const record = (code: string, createdAt = T0): SessionRecord => ({
  code,
  createdAt,
  moderatorKeyHash: `m-${code}`,
  rapporteurKeyHash: `r-${code}`,
  projectorKeyHash: `p-${code}`,
  definition,
});

export const created = (code: string, at = T0): EventEnvelope => ({
  seq: 1,
  at,
  event: { type: 'session:created', code, definition },
});

export const ev = (seq: number, text = `e${seq}`): EventEnvelope => ({
  seq,
  at: T0 + seq * 1000,
  event: { type: 'participantsExtra:set', text },
});

/** A batch appending `n` events after `expectedHead`, plus whatever `extra` says. */
export function batch(code: string, expectedHead: number, n: number, extra: Partial<CommitBatch> = {}): CommitBatch {
  return {
    code,
    expectedHead,
    events: Array.from({ length: n }, (_, i) => ev(expectedHead + 1 + i, `${code}-${expectedHead + 1 + i}`)),
    acks: [],
    participants: [],
    blobs: [],
    deleteBlobs: [],
    ...extra,
  };
}

const okAck = (seq: number): Ack => ({ ok: true, seq });
const texts = (es: EventEnvelope[]) => es.map((e) => (e.event.type === 'participantsExtra:set' ? e.event.text : '?'));

export function describeStoreContract(
  name: string,
  makeStore: () => Promise<StoreUnderTest>,
  opts: ContractOptions,
): void {
  describeForumContract(name, makeStore, opts);
  describe(`SessionStore contract: ${name}`, () => {
    let opened: SessionStore[] = [];
    let current: StoreUnderTest | undefined;

    const fresh = async (): Promise<SessionStore> => {
      current = await makeStore();
      opened.push(current.store);
      return current.store;
    };
    const again = async (): Promise<SessionStore> => {
      if (!current?.reopen) throw new Error(`${name}: reopen is not available`);
      const s = await current.reopen();
      opened.push(s);
      return s;
    };
    const withSession = async (code = 'ABC234'): Promise<SessionStore> => {
      const s = await fresh();
      expect(await s.createSession(record(code), created(code))).toBe(true);
      return s;
    };

    afterEach(async () => {
      for (const s of opened) await s.close().catch(() => {});
      opened = [];
      await current?.cleanup?.();
      current = undefined;
    });

    it('R1: creates a session with its record and event 1; head is 1', async () => {
      const s = await fresh();
      expect(await s.getSession('ABC234')).toBeUndefined();
      expect(await s.head('ABC234')).toBeUndefined();
      expect(await s.createSession(record('ABC234'), created('ABC234'))).toBe(true);
      expect(await s.createSession(record('XYZ789', T0 + 1), created('XYZ789'))).toBe(true);
      expect(await s.getSession('ABC234')).toEqual(record('ABC234'));
      expect(await s.listSessionCodes()).toEqual(['ABC234', 'XYZ789']);
      expect(await s.head('ABC234')).toBe(1);
      expect(await s.eventsAfter('ABC234', 0)).toEqual([created('ABC234')]);
    });

    it('R1: a taken code answers false and changes nothing', async () => {
      const s = await withSession('ABC234');
      const other = { ...record('ABC234', T0 + 5), moderatorKeyHash: 'intruder' };
      expect(await s.createSession(other, created('ABC234', T0 + 5))).toBe(false);
      expect(await s.getSession('ABC234')).toEqual(record('ABC234'));
      expect(await s.eventsAfter('ABC234', 0)).toEqual([created('ABC234')]);
      expect(await s.listSessionCodes()).toEqual(['ABC234']);
    });

    it('R1: a first event whose seq is not 1 is refused', async () => {
      const s = await fresh();
      await expect(s.createSession(record('ABC234'), { ...created('ABC234'), seq: 2 })).rejects.toThrow(/seq 1/);
      expect(await s.getSession('ABC234')).toBeUndefined();
    });

    it('R2, R4: commits append contiguous events, read back in order, after a seq, with a limit', async () => {
      const s = await withSession();
      expect(await s.commit([batch('ABC234', 1, 3)])).toEqual([{ ok: true, head: 4 }]);
      expect(await s.commit([batch('ABC234', 4, 2)])).toEqual([{ ok: true, head: 6 }]);
      const all = await s.eventsAfter('ABC234', 0);
      expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(all.slice(1)).toEqual([2, 3, 4, 5, 6].map((n) => ev(n, `ABC234-${n}`)));
      expect((await s.eventsAfter('ABC234', 3)).map((e) => e.seq)).toEqual([4, 5, 6]);
      expect((await s.eventsAfter('ABC234', 2, 2)).map((e) => e.seq)).toEqual([3, 4]);
      expect(await s.eventsAfter('ABC234', 6)).toEqual([]);
      expect(await s.eventsAfter('NOPE22', 0)).toEqual([]);
      expect(await s.head('ABC234')).toBe(6);
    });

    it('R4, R5: a batch on a moved head is a conflict that reports the head and writes nothing', async () => {
      const s = await withSession();
      await s.commit([
        batch('ABC234', 1, 2, {
          acks: [{ actor: 'moderator', commandId: 'c1', ack: okAck(3) }],
          participants: [{ participantId: 'p1', tokenHash: 'h1' }],
          blobs: [{ id: 'b1', mime: 'image/png', data: Buffer.from([1, 2, 3]) }],
        }),
      ]);
      const stale = batch('ABC234', 1, 1, {
        acks: [
          { actor: 'moderator', commandId: 'c1', ack: okAck(99) },
          { actor: 'moderator', commandId: 'c2', ack: okAck(2) },
        ],
        participants: [
          { participantId: 'p1', tokenHash: 'stale' },
          { participantId: 'p2', tokenHash: 'h2' },
        ],
        blobs: [{ id: 'b2', mime: 'image/jpeg', data: Buffer.from([9]) }],
        deleteBlobs: ['b1'],
      });
      expect(await s.commit([stale])).toEqual([{ ok: false, conflict: true, head: 3 }]);
      expect((await s.eventsAfter('ABC234', 0)).map((e) => e.seq)).toEqual([1, 2, 3]);
      expect(texts(await s.eventsAfter('ABC234', 1))).toEqual(['ABC234-2', 'ABC234-3']);
      expect(
        await s.getAcks('ABC234', [
          { actor: 'moderator', commandId: 'c1' },
          { actor: 'moderator', commandId: 'c2' },
        ]),
      ).toEqual([okAck(3), undefined]);
      expect(await s.getParticipantTokenHash('ABC234', 'p1')).toBe('h1');
      expect(await s.getParticipantTokenHash('ABC234', 'p2')).toBeUndefined();
      expect((await s.getBlob('ABC234', 'b1'))?.data).toEqual(Buffer.from([1, 2, 3]));
      expect(await s.getBlob('ABC234', 'b2')).toBeUndefined();
      // A head ahead of the real one is a conflict too, not a gap.
      expect(await s.commit([batch('ABC234', 7, 1)])).toEqual([{ ok: false, conflict: true, head: 3 }]);
      expect(await s.head('ABC234')).toBe(3);
    });

    it('R4, R5: a batch whose seqs do not follow its head, or for an unknown session, is refused whole', async () => {
      const s = await withSession();
      const gap = { ...batch('ABC234', 1, 2), events: [ev(2), ev(4)] };
      const [r1] = await s.commit([gap]);
      expect(r1).toMatchObject({ ok: false, conflict: false });
      expect((r1 as { error: string }).error).toMatch(/seq/);
      const [r2] = await s.commit([batch('NOPE22', 1, 1)]);
      expect(r2).toMatchObject({ ok: false, conflict: false });
      expect((r2 as { error: string }).error).toMatch(/NOPE22/);
      expect(await s.eventsAfter('ABC234', 0)).toHaveLength(1);
      expect(await s.getSession('NOPE22')).toBeUndefined();
    });

    it('R6: batches of one call are independent; two batches of one session act like two nodes', async () => {
      const s = await withSession('AAA222');
      expect(await s.createSession(record('BBB333'), created('BBB333'))).toBe(true);
      expect(await s.createSession(record('CCC444'), created('CCC444'))).toBe(true);
      const results = await s.commit([
        batch('AAA222', 1, 2, { acks: [{ actor: 'moderator', commandId: 'a', ack: okAck(3) }] }),
        batch('BBB333', 5, 1, { acks: [{ actor: 'moderator', commandId: 'b', ack: okAck(6) }] }),
        { ...batch('CCC444', 1, 1), events: [ev(3)] },
        batch('NOPE22', 1, 1),
        batch('AAA222', 1, 1),
      ]);
      expect(results[0]).toEqual({ ok: true, head: 3 });
      expect(results[1]).toEqual({ ok: false, conflict: true, head: 1 });
      expect(results[2]).toMatchObject({ ok: false, conflict: false });
      expect(results[3]).toMatchObject({ ok: false, conflict: false });
      expect(results[4]).toEqual({ ok: false, conflict: true, head: 3 });
      expect(await s.heads(['AAA222', 'BBB333', 'CCC444', 'NOPE22'])).toEqual(
        new Map([
          ['AAA222', 3],
          ['BBB333', 1],
          ['CCC444', 1],
        ]),
      );
      expect(await s.getAcks('AAA222', [{ actor: 'moderator', commandId: 'a' }])).toEqual([okAck(3)]);
      expect(await s.getAcks('BBB333', [{ actor: 'moderator', commandId: 'b' }])).toEqual([undefined]);
      expect(texts(await s.eventsAfter('AAA222', 1))).toEqual(['AAA222-2', 'AAA222-3']);
      expect(await s.commit([])).toEqual([]);
    });

    it('R7: the first ack of a key wins, across commits and within a batch; acks-only batches apply', async () => {
      const s = await withSession();
      const key = { actor: 'p:x', commandId: 'c1' };
      expect(
        await s.commit([
          batch('ABC234', 1, 1, {
            acks: [
              { ...key, ack: okAck(2) },
              { ...key, ack: okAck(42) },
            ],
          }),
        ]),
      ).toEqual([{ ok: true, head: 2 }]);
      // A second execution of the same command (another node raced it): its ack is ignored.
      expect(
        await s.commit([
          batch('ABC234', 2, 0, {
            acks: [
              { ...key, ack: { ok: false, error: 'internal', message: 'x' } },
              { actor: 'p:x', commandId: 'c2', ack: okAck(2) },
            ],
          }),
        ]),
      ).toEqual([{ ok: true, head: 2 }]);
      expect(
        await s.getAcks('ABC234', [{ actor: 'p:x', commandId: 'c2' }, { actor: 'p:y', commandId: 'c1' }, key]),
      ).toEqual([okAck(2), undefined, okAck(2)]);
      expect(await s.getAcks('ABC234', [])).toEqual([]);
      expect(await s.getAcks('OTHER2', [key])).toEqual([undefined]);
    });

    it('R8: participant tokens are stored per session and replaced by a later batch', async () => {
      const s = await withSession('ABC234');
      expect(await s.createSession(record('DEF567'), created('DEF567'))).toBe(true);
      await s.commit([batch('ABC234', 1, 1, { participants: [{ participantId: 'p1', tokenHash: 'h1' }] })]);
      expect(await s.getParticipantTokenHash('ABC234', 'p1')).toBe('h1');
      expect(await s.getParticipantTokenHash('DEF567', 'p1')).toBeUndefined();
      await s.commit([
        batch('ABC234', 2, 0, {
          participants: [
            { participantId: 'p1', tokenHash: 'h1b' },
            { participantId: 'p2', tokenHash: 'h2' },
          ],
        }),
      ]);
      expect(await s.getParticipantTokenHash('ABC234', 'p1')).toBe('h1b');
      expect(await s.getParticipantTokenHash('ABC234', 'p2')).toBe('h2');
    });

    it('R8: blobs are put, read back byte for byte, replaced and deleted', async () => {
      const s = await withSession();
      const bytes = Buffer.from(Array.from({ length: 300 }, (_, i) => i % 256));
      await s.commit([
        batch('ABC234', 1, 1, {
          blobs: [
            { id: 'ph1', mime: 'image/jpeg', data: bytes },
            { id: 'ph2', mime: 'image/png', data: Buffer.from([0, 255]) },
          ],
        }),
      ]);
      expect(await s.getBlob('ABC234', 'ph1')).toEqual({ id: 'ph1', mime: 'image/jpeg', data: bytes });
      expect(await s.getBlob('OTHER2', 'ph1')).toBeUndefined();
      await s.commit([
        batch('ABC234', 2, 1, {
          blobs: [{ id: 'ph2', mime: 'image/webp', data: Buffer.from([7]) }],
          deleteBlobs: ['ph1', 'ph2', 'never'],
        }),
      ]);
      expect(await s.getBlob('ABC234', 'ph1')).toBeUndefined();
      // Put and deleted by one batch: the put stands (R8).
      expect(await s.getBlob('ABC234', 'ph2')).toEqual({ id: 'ph2', mime: 'image/webp', data: Buffer.from([7]) });
    });

    it('R9: one snapshot per session, replaced only by a more recent one, never beyond the head', async () => {
      const s = await withSession();
      expect(await s.latestSnapshot('ABC234')).toBeUndefined();
      await s.commit([batch('ABC234', 1, 4)]);
      await s.saveSnapshot('ABC234', 3, '{"seq":3}');
      expect(await s.latestSnapshot('ABC234')).toEqual({ seq: 3, stateJson: '{"seq":3}' });
      await s.saveSnapshot('ABC234', 2, '{"seq":2}');
      expect(await s.latestSnapshot('ABC234')).toEqual({ seq: 3, stateJson: '{"seq":3}' });
      await s.saveSnapshot('ABC234', 5, '{"seq":5}');
      expect(await s.latestSnapshot('ABC234')).toEqual({ seq: 5, stateJson: '{"seq":5}' });
      await expect(s.saveSnapshot('ABC234', 6, '{}')).rejects.toThrow(/seq 6/);
      await expect(s.saveSnapshot('NOPE22', 1, '{}')).rejects.toThrow(/NOPE22/);
      expect(await s.latestSnapshot('ABC234')).toEqual({ seq: 5, stateJson: '{"seq":5}' });
      // Reload = snapshot + the events after it.
      await s.commit([batch('ABC234', 5, 2)]);
      expect((await s.eventsAfter('ABC234', 5)).map((e) => e.seq)).toEqual([6, 7]);
    });

    it('R10: the doorbell rings with the new head after a commit, not for refused batches', async () => {
      const s = await withSession('ABC234');
      expect(await s.createSession(record('DEF567'), created('DEF567'))).toBe(true);
      const heard: [string, number][] = [];
      const off = s.onCommitted((code, head) => heard.push([code, head]));
      await s.commit([batch('ABC234', 1, 2), batch('DEF567', 3, 1)]);
      await waitFor(() => heard.some(([c, h]) => c === 'ABC234' && h === 3), { what: 'doorbell for ABC234:3' });
      // Rings come in commit order; once the later one is heard, the refused one would have been.
      await s.commit([batch('ABC234', 3, 1)]);
      await waitFor(() => heard.some(([c, h]) => c === 'ABC234' && h === 4), { what: 'doorbell for ABC234:4' });
      // (DEF567's creation may ring with head 1; the refused batch would have rung with 4.)
      expect(heard.filter(([c, h]) => c === 'DEF567' && h !== 1)).toEqual([]);
      off();
      await s.commit([batch('ABC234', 4, 1)]);
      const other: [string, number][] = [];
      s.onCommitted((code, head) => other.push([code, head]));
      await s.commit([batch('ABC234', 5, 1)]);
      await waitFor(() => other.some(([c, h]) => c === 'ABC234' && h === 6), { what: 'doorbell for ABC234:6' });
      expect(heard.some(([, h]) => h >= 5)).toBe(false);
    });

    it('R10: a listener that throws does not stop the others', async () => {
      const s = await withSession();
      const heard: number[] = [];
      const spy = console.error;
      console.error = () => {};
      try {
        s.onCommitted(() => {
          throw new Error('boom');
        });
        s.onCommitted((_c, h) => heard.push(h));
        await s.commit([batch('ABC234', 1, 1)]);
        await waitFor(() => heard.includes(2), { what: 'second listener called' });
      } finally {
        console.error = spy;
      }
    });

    it('R4: concurrent commits on the same head: exactly one wins, the log does not fork', async () => {
      const s = await withSession();
      const t = opts.durable || opts.sharedDoorbell ? await again() : s;
      const a = batch('ABC234', 1, 2, { acks: [{ actor: 'moderator', commandId: 'x', ack: okAck(3) }] });
      a.events = a.events.map((e) => ({ ...e, event: { type: 'participantsExtra:set', text: `A${e.seq}` } }));
      const b = batch('ABC234', 1, 3, { acks: [{ actor: 'moderator', commandId: 'x', ack: okAck(4) }] });
      b.events = b.events.map((e) => ({ ...e, event: { type: 'participantsExtra:set', text: `B${e.seq}` } }));
      const [[ra], [rb]] = await Promise.all([s.commit([a]), t.commit([b])]);
      const wins = [ra, rb].filter((r) => r!.ok);
      expect(wins).toHaveLength(1);
      const winner = ra!.ok ? 'A' : 'B';
      const loser = ra!.ok ? rb : ra;
      const head = winner === 'A' ? 3 : 4;
      expect(loser).toEqual({ ok: false, conflict: true, head });
      for (const store of [s, t]) {
        const log = await store.eventsAfter('ABC234', 1);
        expect(log.map((e) => e.seq)).toEqual(Array.from({ length: head - 1 }, (_, i) => i + 2));
        expect(texts(log).every((x) => x.startsWith(winner))).toBe(true);
        expect(await store.getAcks('ABC234', [{ actor: 'moderator', commandId: 'x' }])).toEqual([okAck(head)]);
      }
    });

    it('R2, R4: racing writers that retry on conflict leave one contiguous log holding each event once', async () => {
      const s = await withSession();
      const writers = opts.durable || opts.sharedDoorbell ? [s, await again(), s, await again()] : [s, s, s, s];
      const perWriter = 6;
      await Promise.all(
        writers.map(async (w, k) => {
          for (let m = 0; m < perWriter; m++) {
            for (;;) {
              const head = (await w.head('ABC234'))!;
              const [r] = await w.commit([
                { ...batch('ABC234', head, 0), events: [ev(head + 1, `w${k}-${m}`), ev(head + 2, `w${k}-${m}b`)] },
              ]);
              if (r!.ok) break;
              expect(r).toMatchObject({ conflict: true });
            }
          }
        }),
      );
      const log = await s.eventsAfter('ABC234', 0);
      const n = writers.length * perWriter * 2 + 1;
      expect(log.map((e) => e.seq)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      const tx = texts(log.slice(1));
      expect(new Set(tx).size).toBe(n - 1);
      // Each batch's two events are adjacent: a batch is never interleaved with another.
      for (let i = 0; i < tx.length; i += 2) expect(tx[i + 1]).toBe(`${tx[i]}b`);
      expect(await s.head('ABC234')).toBe(n);
    });

    it('R12, R13: check() passes while open; after close() it and every method reject', async () => {
      const s = await withSession();
      await expect(s.check()).resolves.toBeUndefined();
      await s.close();
      await expect(s.check()).rejects.toThrow(/closed/);
      await expect(s.getSession('ABC234')).rejects.toThrow(/closed/);
      await expect(s.eventsAfter('ABC234', 0)).rejects.toThrow(/closed/);
      await expect(s.commit([batch('ABC234', 1, 1)])).rejects.toThrow(/closed/);
      await expect(s.createSession(record('NEW222'), created('NEW222'))).rejects.toThrow(/closed/);
      await s.close(); // twice is fine
    });

    it('R14: values returned and passed in are copies', async () => {
      const s = await withSession();
      const b = batch('ABC234', 1, 1, { acks: [{ actor: 'moderator', commandId: 'c', ack: okAck(2) }] });
      await s.commit([b]);
      (b.events[0]!.event as { text: string }).text = 'mutated';
      (b.acks[0]!.ack as { seq: number }).seq = 99;
      const [e] = await s.eventsAfter('ABC234', 1);
      expect(e).toEqual(ev(2, 'ABC234-2'));
      (e!.event as { text: string }).text = 'mutated again';
      expect(await s.eventsAfter('ABC234', 1)).toEqual([ev(2, 'ABC234-2')]);
      expect(await s.getAcks('ABC234', [{ actor: 'moderator', commandId: 'c' }])).toEqual([okAck(2)]);
      const rec = (await s.getSession('ABC234'))!;
      rec.moderatorKeyHash = 'changed';
      expect((await s.getSession('ABC234'))!.moderatorKeyHash).toBe('m-ABC234');
    });

    if (opts.durable)
      it('durability: a new instance reads everything back', async () => {
        const s = await withSession();
        await s.commit([
          batch('ABC234', 1, 3, {
            acks: [{ actor: 'moderator', commandId: 'c', ack: okAck(4) }],
            participants: [{ participantId: 'p1', tokenHash: 'h1' }],
            blobs: [{ id: 'ph', mime: 'image/png', data: Buffer.from('png') }],
          }),
        ]);
        await s.saveSnapshot('ABC234', 4, '{"snap":true}');
        const before = await s.eventsAfter('ABC234', 0);
        await s.close();
        const t = await again();
        expect(await t.getSession('ABC234')).toEqual(record('ABC234'));
        expect(await t.listSessionCodes()).toEqual(['ABC234']);
        expect(await t.head('ABC234')).toBe(4);
        expect(await t.eventsAfter('ABC234', 0)).toEqual(before);
        expect(await t.getAcks('ABC234', [{ actor: 'moderator', commandId: 'c' }])).toEqual([okAck(4)]);
        expect(await t.getParticipantTokenHash('ABC234', 'p1')).toBe('h1');
        expect(await t.getBlob('ABC234', 'ph')).toEqual({ id: 'ph', mime: 'image/png', data: Buffer.from('png') });
        expect(await t.latestSnapshot('ABC234')).toEqual({ seq: 4, stateJson: '{"snap":true}' });
        // ...and carries on from the stored head.
        expect(await t.commit([batch('ABC234', 4, 1)])).toEqual([{ ok: true, head: 5 }]);
      });

    if (opts.sharedDoorbell)
      it('R10: a second instance hears the first one’s commits', async () => {
        const s = await withSession('ABC234');
        const t = await again();
        const heard: [string, number][] = [];
        t.onCommitted((code, head) => heard.push([code, head]));
        await s.commit([batch('ABC234', 1, 2)]);
        await waitFor(() => heard.some(([c, h]) => c === 'ABC234' && h === 3), { what: 'doorbell on the other node' });
        expect(await s.createSession(record('NEW222'), created('NEW222'))).toBe(true);
        await waitFor(() => heard.some(([c, h]) => c === 'NEW222' && h === 1), { what: 'doorbell for a creation' });
        // The other node reads the events by seq.
        expect(texts(await t.eventsAfter('ABC234', 1))).toEqual(['ABC234-2', 'ABC234-3']);
        expect(heard.some(([c]) => c === RESYNC_ALL)).toBe(false);
      });

    it('K1: replaceKeyHashes swaps only the given key hashes, durably; unknown codes answer false', async () => {
      const s = await withSession('ABC234');
      await s.createSession(record('XYZ789'), created('XYZ789'));
      expect(await s.replaceKeyHashes('ABC234', { moderatorKeyHash: 'm2', speakerKeyHash: 's2' })).toBe(true);
      expect(await s.getSession('ABC234')).toEqual({
        ...record('ABC234'),
        moderatorKeyHash: 'm2',
        speakerKeyHash: 's2',
      });
      expect(await s.getSession('XYZ789')).toEqual(record('XYZ789'));
      expect(await s.replaceKeyHashes('NOPE22', { rapporteurKeyHash: 'x' })).toBe(false);
      if (opts.durable) {
        const t = await again();
        expect((await t.getSession('ABC234'))?.moderatorKeyHash).toBe('m2');
      }
    });

    it('D1: deleteSession removes the session and everything it holds, and only it', async () => {
      const s = await withSession('ABC234');
      await s.createSession(record('XYZ789'), created('XYZ789'));
      const full = batch('ABC234', 1, 2, {
        acks: [{ actor: 'p1', commandId: 'c1', ack: okAck(2) }],
        participants: [{ participantId: 'p1', tokenHash: 'h1' }],
        blobs: [{ id: 'b1', mime: 'image/png', data: Buffer.from([1, 2, 3]) }],
      });
      expect(await s.commit([full, batch('XYZ789', 1, 1)])).toEqual([
        { ok: true, head: 3 },
        { ok: true, head: 2 },
      ]);
      await s.saveSnapshot('ABC234', 3, '{}');
      expect(await s.deleteSession('ABC234')).toBe(true);
      const gone = async (t: SessionStore) => {
        expect(await t.getSession('ABC234')).toBeUndefined();
        expect(await t.head('ABC234')).toBeUndefined();
        expect(await t.eventsAfter('ABC234', 0)).toEqual([]);
        expect(await t.getAcks('ABC234', [{ actor: 'p1', commandId: 'c1' }])).toEqual([undefined]);
        expect(await t.latestSnapshot('ABC234')).toBeUndefined();
        expect(await t.getParticipantTokenHash('ABC234', 'p1')).toBeUndefined();
        expect(await t.getBlob('ABC234', 'b1')).toBeUndefined();
        expect(await t.listSessionCodes()).toEqual(['XYZ789']);
        expect(texts(await t.eventsAfter('XYZ789', 1))).toEqual(['XYZ789-2']);
      };
      await gone(s);
      expect(await s.deleteSession('ABC234')).toBe(false);
      if (opts.durable) await gone(await again());
    });

    it('D2: a deleted session leaves its forum, and the forum keeps the others', async () => {
      const s = await withSession('ABC234');
      await s.createSession(record('XYZ789'), created('XYZ789'));
      await s.createOrganizer({ id: 'o1', email: 'o1@example.org', passwordHash: 'x', createdAt: T0 });
      const settings = { ...parseForum('Forum') };
      await s.createForum({ id: 'f1', createdAt: T0, settings }, 'o1');
      const links = { moderator: 'm', rapporteur: 'r', projector: 'p' };
      expect(await s.addForumSession({ forumId: 'f1', code: 'ABC234', addedAt: T0, links })).toBe(true);
      expect(await s.addForumSession({ forumId: 'f1', code: 'XYZ789', addedAt: T0 + 1, links })).toBe(true);
      expect(await s.deleteSession('ABC234')).toBe(true);
      expect(await s.getForumSession('ABC234')).toBeUndefined();
      expect((await s.listForumSessions('f1')).map((x) => x.code)).toEqual(['XYZ789']);
      // The code is free again, and a new session with it belongs to no forum.
      await s.createSession(record('ABC234'), created('ABC234'));
      expect(await s.getForumSession('ABC234')).toBeUndefined();
    });
  });
}
