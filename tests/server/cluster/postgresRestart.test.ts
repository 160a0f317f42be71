// CLUSTER MODE, PostgreSQL crashes (`pg_ctl stop -m immediate`) for two seconds and comes back while
// 100 participants on two nodes answer through the real outbox. The nodes recover by themselves:
// refused commands got `internal` (retried by the outbox), every answer is stored exactly once
// where its ack says, the log has no gap, every client reaches the head with its view of it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { newDatabase, startNode } from '../../helpers/cluster.js';
import {
  answerStreams,
  expectConverged,
  expectStoredOnce,
  intended,
  joinCrowd,
  type Refusal,
} from '../../helpers/crowd.js';
import { type PgCluster, skipPg, startPgCluster } from '../../helpers/pgCluster.js';
import { SAMPLE_DEFINITION, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

const skip = skipPg('Cluster mode: PostgreSQL restarted');
let cluster: PgCluster | undefined;
beforeAll(async () => {
  if (!skip) cluster = await startPgCluster();
}, 60_000);
afterAll(() => cluster?.destroy());

let nodes: TestServer[] = [];
afterEach(async () => {
  closeAllClients();
  for (const n of nodes) await n.close().catch(() => {});
  nodes = [];
});

const PER_NODE = 50;
const ANSWERS = 5;

describe.skipIf(skip)('cluster: PostgreSQL restarted under 100 answering participants', () => {
  it('refusals are internal, every answer is stored once, no gap, all converge', { timeout: 60_000 }, async () => {
    const { url } = await newDatabase(cluster!, 'pgrestart');
    const a = await startNode(url);
    const b = await startNode(url);
    nodes.push(a, b);
    const s = await a.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(a.url, s.code, 'moderator', { key: s.moderatorKey });
    expect(await mod.send({ type: 'answering:open', questionIds: ['main'] })).toMatchObject({ ok: true });
    const refusals: Refusal[] = [];
    const [onA, onB] = await joinCrowd([a.url, b.url], s.code, PER_NODE, refusals);
    const all = [...onA!, ...onB!];
    await waitFor(() => mod.state && Object.keys(mod.state.participants).length === 2 * PER_NODE, {
      what: '100 joined',
    });

    // PostgreSQL dies after the 100th answer is acknowledged, mid-stream, and is back 2 s later.
    let down: { at: number; up: number } | null = null;
    let restarted: Promise<void> | null = null;
    const crash = () => {
      cluster!.stopImmediate();
      const at = Date.now();
      down = { at, up: Number.POSITIVE_INFINITY };
      restarted = new Promise((r) =>
        setTimeout(() => {
          cluster!.start();
          down!.up = Date.now();
          r();
        }, 2_000),
      );
    };
    const acks = await answerStreams(all, 'r', ANSWERS, (n) => {
      if (n === 100) crash();
    });
    await restarted;
    expect(down).not.toBeNull();
    const outage = down as unknown as { at: number; up: number };

    // Every final ack is ok (the outbox retried the refused ones until the store was back).
    expect([...acks.values()].filter((x) => !x.ok)).toEqual([]);
    // Commands were refused while PostgreSQL was down, and only with a retryable error.
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.some((r) => r.error === 'internal')).toBe(true);
    expect(new Set(refusals.map((r) => r.error))).toEqual(new Set(['internal']));
    console.log(
      `postgresRestart: stopped to restarted ${outage.up - outage.at} ms, ${refusals.length} refusals (internal), ` +
        `${acks.size} answers acknowledged`,
    );

    const ids = intended('r', all.length, ANSWERS);
    // Client i of the crowd answered r{i}-k; the streams are indexed over `all`.
    await expectStoredOnce(a, s.code, ids, acks);
    // Both nodes recovered by themselves: still serving, at the same head, every client with its view.
    await expectConverged([a, b], s.code, [mod, ...all]);
    expect(await mod.send({ type: 'timer:reset', durationMs: 120_000 })).toMatchObject({ ok: true });
    expect(
      await onB![0]!.send({ type: 'answer:submit', answerId: 'after', questionId: 'main', text: 'after' }),
    ).toMatchObject({ ok: true });
    await expectConverged([a, b], s.code, [mod, ...all]);
  });
});
