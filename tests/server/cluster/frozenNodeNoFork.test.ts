// CLUSTER MODE, a node frozen (SIGSTOP, `palabre serve` as a child process) for three seconds while
// the other node writes the same session under 100 answering participants; its own participants
// keep sending, their commands queued in the sockets. After SIGCONT the frozen node's stale room
// must not fork the log: its commands are applied after it catches up (or refused `internal` and
// re-sent by the outbox), seqs stay contiguous, every answer is stored once, its clients converge.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../../shared/errors.js';
import type { EventEnvelope } from '../../../shared/events.js';
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
import { type NodeProcess, serveProcess } from '../../helpers/nodeProcess.js';
import { type PgCluster, skipPg, startPgCluster } from '../../helpers/pgCluster.js';
import { SAMPLE_DEFINITION, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

const skip = skipPg('Cluster mode: a frozen node does not fork the log');
let cluster: PgCluster | undefined;
beforeAll(async () => {
  if (!skip) cluster = await startPgCluster();
}, 60_000);
afterAll(() => cluster?.destroy());

let node: TestServer | null = null;
let proc: NodeProcess | null = null;
afterEach(async () => {
  closeAllClients();
  await proc?.kill();
  await node?.close().catch(() => {});
  node = proc = null;
});

const PER_NODE = 50;

describe.skipIf(skip)('cluster: a node frozen for 3 s while the other writes the same session', () => {
  it('no fork: seqs contiguous, every answer once, its queued commands applied or refused, all converge', {
    timeout: 60_000,
  }, async () => {
    const { url } = await newDatabase(cluster!, 'frozen');
    // Not declared dead during the freeze (the child beats every 2 s): presence is not the point here.
    node = await startNode(url, { deadAfterMs: 10_000 });
    const a = node;
    proc = await serveProcess(url);
    const b = proc;
    const s = await a.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(a.url, s.code, 'moderator', { key: s.moderatorKey });
    // Staff on the frozen node: sees every event, so its stream shows a fork or a gap if there is one.
    const rap = await connectClient(b.url, s.code, 'rapporteur', { key: s.rapporteurKey });
    expect(await mod.send({ type: 'answering:open', questionIds: ['main'] })).toMatchObject({ ok: true });
    const refusals: Refusal[] = [];
    const [onA, onB] = await joinCrowd([a.url, b.url], s.code, PER_NODE, refusals);
    const crowdA = onA!;
    const crowdB = onB!;
    await waitFor(() => rap.state && Object.keys(rap.state.participants).length === 2 * PER_NODE, {
      what: '100 joined, seen on the frozen node',
    });
    const seqs = [rap.state!.seq];
    rap['socket'].on('session:events', (envs: EventEnvelope[]) => void seqs.push(...envs.map((e) => e.seq)));

    // Before the freeze, both nodes' participants answer twice each.
    const before = await answerStreams([...crowdA, ...crowdB], 'p', 2);
    expect([...before.values()].every((x) => x.ok)).toBe(true);

    b.child.kill('SIGSTOP');
    const frozenAt = Date.now();
    const headAtFreeze = (await a.store.head(s.code))!;
    // The frozen node's participants send three answers each: queued in their sockets, unanswered.
    const acksB = new Map<string, Ack>();
    const sendingB = answerStreams(crowdB, 'f', 3, () => {}, acksB);
    // Meanwhile the other node writes the same session: three answers each from its participants.
    const acksA = await answerStreams(crowdA, 'a', 3);
    expect([...acksA.values()].every((x) => x.ok)).toBe(true);
    expect(acksB.size).toBe(0);
    await waitFor(() => Date.now() - frozenAt >= 3_000, { what: '3 s frozen', interval: 50 });
    const headAtWake = (await a.store.head(s.code))!;
    expect(headAtWake - headAtFreeze).toBeGreaterThanOrEqual(3 * PER_NODE);
    b.child.kill('SIGCONT');

    await sendingB;
    // Applied after catching up, or refused `internal` and re-sent by the outbox until applied.
    expect([...acksB.values()].filter((x) => !x.ok)).toEqual([]);
    // Nothing of the frozen node's was written at a seq the live node had used meanwhile.
    for (const x of acksB.values()) expect(x.ok && x.seq).toBeGreaterThan(headAtWake);
    expect(new Set(refusals.map((r) => r.error))).toEqual(new Set(refusals.length ? ['internal'] : []));
    console.log(
      `frozenNodeNoFork: head +${headAtWake - headAtFreeze} on the live node during the freeze, ` +
        `${refusals.length} refusals (internal) of the frozen node's queued commands`,
    );

    // No fork: one log, seqs 1..head, every answer exactly once where its ack says.
    const ids = [...intended('p', 2 * PER_NODE, 2), ...intended('a', PER_NODE, 3), ...intended('f', PER_NODE, 3)];
    await expectStoredOnce(a, s.code, ids, new Map([...before, ...acksA, ...acksB]));
    const head = await expectConverged([a], s.code, [mod, rap, ...crowdA, ...crowdB]);
    await waitFor(() => seqs.at(-1) === head, { what: 'rapporteur on the frozen node at the head' });
    expect(seqs).toEqual(Array.from({ length: head - seqs[0]! + 1 }, (_, i) => seqs[0]! + i));
  });
});
