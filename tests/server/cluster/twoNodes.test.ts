// CLUSTER MODE: two real Palabre nodes (two createApp, port 0 each) on one PostgreSQL, real
// clients. A session split across the nodes, both writing at once (the conflict path), the LISTEN
// connection killed, a node killed with its clients moving to the other one.
import { isDeepStrictEqual } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SessionClient } from '../../../client/sync/sessionClient.js';
import { memoryStorage } from '../../../client/sync/storage.js';
import type { Command } from '../../../shared/commands.js';
import type { EventEnvelope } from '../../../shared/events.js';
import type { Logger } from '../../../server/log.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { captureLogger } from '../../helpers/log.js';
import { admin, newDatabase, type TcpProxy, startNode, startProxy } from '../../helpers/cluster.js';
import { type PgCluster, skipPg, startPgCluster } from '../../helpers/pgCluster.js';
import { SAMPLE_DEFINITION, type TestServer } from '../../helpers/server.js';
import { sameView, serverState } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

const skip = skipPg('Cluster mode: two nodes');
let cluster: PgCluster | undefined;
beforeAll(async () => {
  if (!skip) cluster = await startPgCluster();
}, 60_000);
afterAll(() => cluster?.destroy());

let nodes: TestServer[] = [];
let proxies: TcpProxy[] = [];
afterEach(async () => {
  closeAllClients();
  for (const p of proxies) await p.close();
  for (const n of nodes) await n.close().catch(() => {});
  nodes = [];
  proxies = [];
});

async function twoNodes(o: { logA?: Logger } = {}) {
  const db = await newDatabase(cluster!);
  const a = await startNode(db.url, o.logA ? { logger: o.logA } : {});
  const b = await startNode(db.url);
  nodes.push(a, b);
  return { ...db, a, b };
}

/** Every seq a staff client is sent from now on, after the one it holds: must run on without a gap. */
function recordSeqs(c: SessionClient): number[] {
  const seqs = [c.state!.seq];
  c['socket'].on('session:events', (envs: EventEnvelope[]) => void seqs.push(...envs.map((e) => e.seq)));
  return seqs;
}
const run = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Every node holds the same state at the store's head, and every client its view of it. */
async function converged(ns: TestServer[], code: string, clients: SessionClient[]) {
  // Polled as a whole: a late command (a participant saving its profile) may still move the head.
  const head = (await waitFor(
    async () => {
      const h = (await ns[0]!.store.head(code))!;
      const states = ns.map((n) => n.app.registry.get(code)?.state);
      return states.every((st) => st?.seq === h && isDeepStrictEqual(st, states[0])) ? h : null;
    },
    { what: 'nodes at the head with equal states' },
  )) as number;
  for (const c of clients)
    await waitFor(() => ns.every((n) => sameView(c, n, code)), { what: `${c['o'].role} converged` });
  return head;
}

async function storedLog(n: TestServer, code: string) {
  const log = await n.store.eventsAfter(code, 0);
  expect(log.map((e) => e.seq)).toEqual(run(1, log.length));
  return log;
}

describe.skipIf(skip)('cluster: two nodes on one PostgreSQL', () => {
  it("a session split across the nodes: A's commands reach B's clients in order, no gap, no duplicate", async () => {
    const { a, b } = await twoNodes();
    const s = await a.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(a.url, s.code, 'moderator', { key: s.moderatorKey });
    const rap = await connectClient(b.url, s.code, 'rapporteur', { key: s.rapporteurKey });
    const proj = await connectClient(b.url, s.code, 'projector', { key: s.projectorKey });
    const ps = await Promise.all([1, 2, 3].map(() => connectClient(b.url, s.code, 'participant')));
    const seqs = recordSeqs(rap);
    const steps: Command[] = [
      { type: 'phase:set', phase: { kind: 'opening' } },
      { type: 'turn:start', speakerId: 's1' },
      { type: 'turn:start', speakerId: 's2' },
      { type: 'answering:open', questionIds: ['main'] },
    ];
    for (const c of steps) expect(await mod.send(c)).toMatchObject({ ok: true });
    const acks = await Promise.all(
      ps.map((p, i) => p.send({ type: 'answer:submit', answerId: `b${i}`, questionId: 'main', text: `From B ${i}` })),
    );
    expect(acks.every((x) => x.ok)).toBe(true);
    // The moderator on A sees B's answers; B's rapporteur saw every seq once, in order.
    await waitFor(() => Object.keys(mod.state?.answers ?? {}).length === 3, { what: 'answers on A' });
    const head = await converged([a, b], s.code, [mod, rap, proj, ...ps]);
    await waitFor(() => seqs.at(-1) === head, { what: 'rapporteur at the head' });
    expect(seqs).toEqual(run(seqs[0]!, head));
    expect(serverState(a, s.code).turns.s1?.endedAt).not.toBeNull();
    await storedLog(a, s.code);
  });

  it('both nodes writing one session at once: every ack ok, every answer stored once, all converge', async () => {
    const { a, b } = await twoNodes();
    const s = await a.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(a.url, s.code, 'moderator', { key: s.moderatorKey });
    const rap = await connectClient(b.url, s.code, 'rapporteur', { key: s.rapporteurKey });
    expect(await mod.send({ type: 'answering:open', questionIds: ['main'] })).toMatchObject({ ok: true });
    const onA = await Promise.all(Array.from({ length: 20 }, () => connectClient(a.url, s.code, 'participant')));
    const onB = await Promise.all(Array.from({ length: 20 }, () => connectClient(b.url, s.code, 'participant')));
    await waitFor(() => rap.state && Object.keys(rap.state.participants).length === 40, { what: '40 joined' });
    const seqs = recordSeqs(rap);
    const conflictsBefore = a.app.committer.stats.conflicts + b.app.committer.stats.conflicts;
    const all = [...onA, ...onB];
    // Twice each, at once on both nodes.
    const acks = await Promise.all(
      all.flatMap((p, i) =>
        [0, 1].map((k) =>
          p.send({ type: 'answer:submit', answerId: `x${i}-${k}`, questionId: 'main', text: `Answer ${i}.${k}` }),
        ),
      ),
    );
    expect(acks.filter((x) => !x.ok)).toEqual([]);
    const ackSeqs = acks.map((x) => (x.ok ? x.seq : -1));
    expect(new Set(ackSeqs).size).toBe(80);
    const log = await storedLog(a, s.code);
    const answers = log.filter((e) => e.event.type === 'answer:submitted');
    expect(answers).toHaveLength(80);
    expect(new Set(answers.map((e) => (e.event as { answerId: string }).answerId)).size).toBe(80);
    expect(answers.map((e) => e.seq).sort((x, y) => x - y)).toEqual([...ackSeqs].sort((x, y) => x - y));
    // The race was real: some batches lost and were decided again.
    expect(a.app.committer.stats.conflicts + b.app.committer.stats.conflicts).toBeGreaterThan(conflictsBefore);
    const head = await converged([a, b], s.code, [mod, rap, ...all]);
    await waitFor(() => seqs.at(-1) === head, { what: 'rapporteur at the head' });
    expect(seqs).toEqual(run(seqs[0]!, head));
  });

  it("the LISTEN connection killed while the other node writes: B's clients still converge, in order", async () => {
    const { a, b, name } = await twoNodes();
    const s = await a.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(a.url, s.code, 'moderator', { key: s.moderatorKey });
    const rap = await connectClient(b.url, s.code, 'rapporteur', { key: s.rapporteurKey });
    const p = await connectClient(b.url, s.code, 'participant');
    const seqs = recordSeqs(rap);
    const killed = await admin<{ pid: number }>(
      cluster!,
      "SELECT pg_terminate_backend(pid) AS pid FROM pg_stat_activity WHERE application_name = 'palabre-doorbell' AND datname = $1",
      [name],
    );
    expect(killed.length).toBe(2);
    // Written while the doorbells are down or coming back.
    const timer: Command[] = Array.from({ length: 10 }, (_, i) => ({
      type: 'timer:reset',
      durationMs: (i + 1) * 60_000,
    }));
    for (const c of timer) expect(await mod.send(c)).toMatchObject({ ok: true });
    const head = await converged([a, b], s.code, [mod, rap, p]);
    await waitFor(() => seqs.at(-1) === head, { what: 'rapporteur at the head' });
    expect(seqs).toEqual(run(seqs[0]!, head));
    expect(rap.state?.timer.durationMs).toBe(600_000);
  });

  it('a node killed: its clients move to the other and re-send; every answer stored once, no gap', async () => {
    const { a, b } = await twoNodes();
    const proxy = await startProxy(b.port);
    proxies.push(proxy);
    const s = await a.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(a.url, s.code, 'moderator', { key: s.moderatorKey });
    expect(await mod.send({ type: 'answering:open', questionIds: ['main'] })).toMatchObject({ ok: true });
    // Behind the "load balancer", on B.
    const ps = await Promise.all(Array.from({ length: 10 }, () => connectClient(proxy.url, s.code, 'participant')));
    // Straight on B, and gone with it: nobody is left to say it left.
    const ghost = await connectClient(b.url, s.code, 'participant');
    const ghostId = ghost.participantId!;
    await waitFor(() => serverState(a, s.code).participants[ghostId]?.connected === true, { what: 'ghost on A' });

    // Each participant answers five times in a row; B dies after the 12th ack, mid-stream.
    let acked = 0;
    let killed: Promise<void> | null = null;
    const kill = () => {
      nodes = nodes.filter((n) => n !== b);
      proxy.retarget(a.port); // the balancer sends new connections to A
      killed = b.app.abort();
      ghost.close();
    };
    const sends = ps.map(async (p, i) => {
      const out = [];
      for (let k = 0; k < 5; k++) {
        out.push(
          await p.send({ type: 'answer:submit', answerId: `k${i}-${k}`, questionId: 'main', text: `Answer ${i}.${k}` }),
        );
        if (++acked === 12) kill();
      }
      return out;
    });
    const acks = (await Promise.all(sends)).flat();
    await killed;
    expect(killed).not.toBeNull();
    expect(acks.filter((x) => !x.ok)).toEqual([]);
    const log = await storedLog(a, s.code);
    const answers = log.filter((e) => e.event.type === 'answer:submitted');
    expect(answers.map((e) => (e.event as { answerId: string }).answerId).sort()).toEqual(
      ps.flatMap((_, i) => [0, 1, 2, 3, 4].map((k) => `k${i}-${k}`)).sort(),
    );
    // Each ack names the seq where its answer is stored (a re-sent command got its first ack).
    const seqOf = new Map(answers.map((e) => [(e.event as { answerId: string }).answerId, e.seq]));
    ps.forEach((_, i) => {
      for (let k = 0; k < 5; k++) {
        const x = acks[i * 5 + k]!;
        expect(x.ok && x.seq).toBe(seqOf.get(`k${i}-${k}`));
      }
    });
    // The dead node's participant is marked absent by A's sweep; the moved ones are present.
    await waitFor(() => serverState(a, s.code).participants[ghostId]?.connected === false, {
      what: 'ghost absent',
      timeout: 15_000,
    });
    for (const p of ps) expect(serverState(a, s.code).participants[p.participantId!]?.connected).toBe(true);
    await converged([a], s.code, [mod, ...ps]);
  });

  it('presence across nodes: a participant connected on both stays present until its last connection leaves', async () => {
    const logA = captureLogger();
    const { a, b, name } = await twoNodes({ logA: logA.logger });
    const s = await a.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(a.url, s.code, 'moderator', { key: s.moderatorKey });
    const device = memoryStorage();
    const onA = await connectClient(a.url, s.code, 'participant', { storage: device });
    const pid = onA.participantId!;
    const onB = await connectClient(b.url, s.code, 'participant', { storage: device });
    expect(onB.participantId).toBe(pid);
    const present = () => mod.state?.participants[pid]?.connected;
    await waitFor(() => present() === true, { what: 'present' });
    // The connection on A leaves: B still holds one, so the participant stays present.
    onA.close();
    await waitFor(
      async () => {
        const rows = await admin<{ n: number }>(
          cluster!,
          'SELECT count(*)::int AS n FROM node_presence WHERE participant_id = $1',
          [pid],
          name,
        );
        return rows[0]!.n === 1;
      },
      { what: "A's row gone, B's left" },
    );
    await waitFor(() => logA.lines.some((l) => l.msg === 'presence: still connected on another node'), {
      what: 'A saw the connection on B',
    });
    expect(present()).toBe(true);
    // The last one leaves: absent.
    onB.close();
    await waitFor(() => present() === false, { what: 'absent' });
    // One flip only: leaving A did not mark it absent (then present again) on the way.
    const flips = (await a.store.eventsAfter(s.code, 0)).filter((e) => e.event.type === 'participant:presence');
    expect(flips.map((e) => (e.event as { connected: boolean }).connected)).toEqual([false]);
  });

  it('a node stopped cleanly commits its participants leaving and removes its presence before it ends', async () => {
    const { a, b, name } = await twoNodes();
    const s = await a.createSession(SAMPLE_DEFINITION);
    const p = await connectClient(b.url, s.code, 'participant');
    const pid = p.participantId!;
    await waitFor(async () =>
      (await a.store.eventsAfter(s.code, 0)).some((e) => e.event.type === 'participant:joined'),
    );
    nodes = nodes.filter((n) => n !== b);
    await b.close();
    // Already in the log when close() returns: no waiting for a sweep of a dead node.
    const flips = (await a.store.eventsAfter(s.code, 0)).filter((e) => e.event.type === 'participant:presence');
    expect(flips.map((e) => e.event)).toEqual([{ type: 'participant:presence', participantId: pid, connected: false }]);
    expect(await admin(cluster!, 'SELECT node_id FROM node_presence', [], name)).toEqual([]);
    expect(await admin(cluster!, 'SELECT count(*)::int AS n FROM palabre_nodes', [], name)).toEqual([{ n: 1 }]);
  });
});
