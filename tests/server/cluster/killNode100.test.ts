// CLUSTER MODE, a node killed with SIGKILL (`palabre serve` as a child process) under 100 answering
// participants, half of them on it behind a TCP proxy (the load balancer). The proxy sends new
// connections to the live node; the moved clients reconnect there and re-send what was not
// acknowledged. Every answer is stored once where its ack says, no gap, all converge. The time
// from the kill until every moved client is back and acknowledged is measured and printed.
import type { Ack } from '../../../shared/errors.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { newDatabase, startNode, startProxy, type TcpProxy } from '../../helpers/cluster.js';
import {
  answerStreams,
  expectConverged,
  expectStoredOnce,
  intended,
  joinCrowd,
  type Refusal,
} from '../../helpers/crowd.js';
import { type NodeProcess, serveProcess } from '../../helpers/nodeProcess.js';
import { type PgCluster, skipPg, startPgCluster } from '../../helpers/pgCluster.js';
import { SAMPLE_DEFINITION, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

const skip = skipPg('Cluster mode: a node killed under 100 participants');
let cluster: PgCluster | undefined;
beforeAll(async () => {
  if (!skip) cluster = await startPgCluster();
}, 60_000);
afterAll(() => cluster?.destroy());

let node: TestServer | null = null;
let proc: NodeProcess | null = null;
let proxy: TcpProxy | null = null;
afterEach(async () => {
  closeAllClients();
  await proc?.kill();
  await proxy?.close();
  await node?.close().catch(() => {});
  node = proc = proxy = null;
});

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const PER_NODE = 50;
const ANSWERS = 5;

describe.skipIf(skip)('cluster: a node killed -9 under 100 answering participants', () => {
  it('its clients move and re-send: every answer stored once, no gap, all converge', { timeout: 60_000 }, async () => {
    const { url } = await newDatabase(cluster!, 'kill100');
    // The child beats every 2 s: declared dead after 5 s without one.
    node = await startNode(url, { deadAfterMs: 5_000 });
    const a = node;
    proc = await serveProcess(url);
    const b = proc;
    proxy = await startProxy(b.port);
    const lb = proxy;
    const s = await a.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(a.url, s.code, 'moderator', { key: s.moderatorKey });
    expect(await mod.send({ type: 'answering:open', questionIds: ['main'] })).toMatchObject({ ok: true });
    const refusals: Refusal[] = [];
    const [onB, onA] = await joinCrowd([lb.url, a.url], s.code, PER_NODE, refusals);
    const moved = onB!;
    const all = [...moved, ...onA!];
    await waitFor(() => mod.state && Object.keys(mod.state.participants).length === 2 * PER_NODE, {
      what: '100 joined',
    });
    const dropped = new Set<number>();
    moved.forEach((c, i) => c['socket'].on('disconnect', () => dropped.add(i)));

    // The node dies after the 100th answer is acknowledged, mid-stream. From then on a poll notes
    // when each moved client is online again and when what it had pending at the kill is acknowledged.
    let killedAt = 0;
    const acks = new Map<string, Ack>();
    const onlineAt: number[] = [];
    const ackedAt: number[] = [];
    let measured: Promise<void> = Promise.resolve();
    let withPending = 0;
    const measure = async (pendingAtKill: string[][]) => {
      withPending = pendingAtKill.filter((p) => p.length > 0).length;
      while (ackedAt.filter((t) => t !== undefined).length < moved.length && Date.now() - killedAt < 30_000) {
        const now = Date.now();
        moved.forEach((c, i) => {
          if (onlineAt[i] === undefined && dropped.has(i) && c.status === 'online') onlineAt[i] = now;
          if (ackedAt[i] === undefined && onlineAt[i] !== undefined && pendingAtKill[i]!.every((id) => acks.has(id)))
            ackedAt[i] = now;
        });
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    await answerStreams(
      all,
      'k',
      ANSWERS,
      (n) => {
        if (n !== 100) return;
        lb.retarget(a.port); // the balancer sends new connections to A
        b.child.kill('SIGKILL');
        killedAt = Date.now();
        measured = measure(moved.map((c) => c.pending().map((x) => (x.command as { answerId: string }).answerId)));
      },
      acks,
    );
    await measured;
    expect(killedAt).toBeGreaterThan(0);
    expect(ackedAt.filter((t) => t !== undefined)).toHaveLength(PER_NODE);
    expect([...acks.values()].filter((x) => !x.ok)).toEqual([]);
    expect(dropped.size).toBe(PER_NODE);

    await expectStoredOnce(a, s.code, intended('k', all.length, ANSWERS), acks);
    for (const c of moved) expect(serverState(a, s.code).participants[c.participantId!]?.connected).toBe(true);
    await expectConverged([a], s.code, [mod, ...all]);
    const last = (ts: number[]) => Math.max(...ts) - killedAt;
    console.log(
      `killNode100: SIGKILL to every moved client online again ${last(onlineAt)} ms, ` +
        `and its pending answers acknowledged ${last(ackedAt)} ms (${withPending} of ${moved.length} moved clients had answers pending; ` +
        `median online ${median(onlineAt.map((t) => t - killedAt))} ms)`,
    );
  });
});
