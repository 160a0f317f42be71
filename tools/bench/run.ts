// One bench run against one server (the real Palabre server or the bare Socket.IO baseline), each in
// its own child process: connect N participants over a few worker processes, measure memory, probe
// fan-out with the moderator's run of show, push answers to saturation and at a fixed rate; for
// Palabre also churn (drop, reconnect, re-send), flooding, and the archive check.
import { rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { DEFAULT_RATE_LIMIT } from '../../server/rateLimit.js';
import { spawnChild, type Child } from './children.js';
import { heldBytes, type MemorySnapshot } from './diagnostics.js';
import type { AnswerReport, ServerReply, WorkerCommand, WorkerReply } from './ipc.js';
import { connectModerator, connectScreen, type BenchModerator } from './moderator.js';
import { BENCH_DEFINITION, POLL_OPTIONS, POLL_QUESTION_ID, QUESTION_IDS, RUN_OF_SHOW } from './scenario.js';
import { countBy, mergeCounts, percentile, round1, sleep } from './stats.js';

export type Target = 'palabre' | 'bare';

export interface RunOptions {
  participants: number;
  probes: number;
  /** Directory for the Palabre server's --cpu-prof output. */
  profileDir?: string;
  /** Where the Palabre server writes its allocation profile (tools/bench/allocationProfile.ts). */
  allocProfileDir?: string;
  log: (line: string) => void;
}

export interface AnswerPhase {
  acked: number;
  perSecond: number;
  ackP50: number;
  ackP95: number;
  timedOut: number;
  refused: Record<string, number>;
  /** Saturation phase only: the server process's CPU time (all threads) per acknowledged answer, µs. */
  cpuUsPerAnswer?: number;
}

export interface RunResult {
  target: Target;
  connected: number;
  workers: number;
  /** `commits`: the server's commit durations (ms) while the probes ran. */
  fanout: { samples: number[]; missed: number; commits: number[] };
  memory: {
    rssIdle: number;
    rssConnected: number;
    perParticipantKB: number;
    rawRssPerParticipantKB: number;
    heapPerParticipantKB: number;
    idle: MemorySnapshot;
    connected: MemorySnapshot;
  };
  saturation: AnswerPhase;
  /** `server`: the server's GC pauses, event-loop delay and commits during the phase. */
  paced: AnswerPhase & {
    offeredPerSecond: number;
    /** `commitP50Ms`/`commitP95Ms`: store.commit as the server's main thread waits for it (hand-off and fsync). */
    server: {
      gcMs: number;
      gcMaxMs: number;
      loopDelayP99Ms: number;
      commits: number;
      commitP50Ms: number;
      commitP95Ms: number;
    };
  };
  /** The paced phase again, after the saturation phase filled the session with answers. */
  pacedFull: AnswerPhase;
  /**
   * Every participant votes once on a choice question within POLL_SPREAD_MS; `screenUpdates`: the
   * messages one screen received meanwhile (the projector; the bare server's screens room);
   * `fanout`: the moderator's commands' fan-out while the votes came in.
   */
  poll: {
    acked: number;
    timedOut: number;
    perSecond: number;
    ackP95: number;
    screenUpdates: number;
    fanout: number[];
  };
  churn?: { dropped: number; reconnected: number; acked: number; timedOut: number };
  flooding?: {
    calm: number[];
    samples: number[];
    sent: number;
    acked: number;
    refused: Record<string, number>;
    cuts: number;
  };
  check?: { intended: number; stored: number; lost: number; duplicated: number; ackedNotStored: number };
}

/** Bench participants answer far faster than people do: the limit is raised for them (bench server only). */
const BENCH_RATE_LIMIT = '5000,5000,200';
/** The paced phase's offered load, from the target. */
const PACED_RATE = 1_000;
const PACED_MS = 3_000;
/** The poll phase: every participant votes within about this long, with this many moderator probes meanwhile. */
const POLL_SPREAD_MS = 2_000;
const POLL_PROBES = 10;

let reqId = 0;

function ask<K extends WorkerReply['type']>(
  w: Child,
  msg: WorkerCommand,
  type: K,
  timeoutMs: number,
): Promise<Extract<WorkerReply, { type: K }>> {
  const id = ++reqId;
  return w
    .request(
      { ...msg, id },
      (r: unknown): r is WorkerReply => typeof r === 'object' && r !== null && (r as WorkerReply).id === id,
      timeoutMs,
      `worker ${msg.type}`,
    )
    .then((r) => {
      if (r.type === 'error') throw new Error(`worker ${msg.type} failed: ${r.message}`);
      if (r.type !== type) throw new Error(`worker ${msg.type}: unexpected reply ${r.type}`);
      return r as Extract<WorkerReply, { type: K }>;
    });
}

function serverStats(server: Child) {
  return server.request(
    { type: 'stats' },
    (r: unknown): r is Extract<ServerReply, { type: 'stats' }> => (r as ServerReply)?.type === 'stats',
    30_000,
    'server stats',
  );
}

async function createSession(url: string): Promise<{ code: string; key: string; projectorKey: string }> {
  const r = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_DEFINITION),
  });
  if (r.status !== 201) throw new Error(`session create failed: ${r.status} ${await r.text()}`);
  const body = (await r.json()) as { code: string; links: { moderator: string; projector: string } };
  const keyOf = (link: string) => new URL(link).hash.replace(/^#key=/, '');
  return { code: body.code, key: keyOf(body.links.moderator), projectorKey: keyOf(body.links.projector) };
}

function summarize(reports: AnswerReport[]): AnswerPhase & { ids: string[]; ackedIds: string[] } {
  const latencies = reports.flatMap((r) => r.latencies);
  const acked = reports.reduce((a, r) => a + r.acked.length, 0);
  const first = Math.min(...reports.filter((r) => r.firstSendAt).map((r) => r.firstSendAt));
  const last = Math.max(...reports.map((r) => r.lastAckAt));
  const span = last - first;
  return {
    acked,
    perSecond: span > 0 ? Math.round((acked / span) * 1000) : 0,
    ackP50: percentile(latencies, 50),
    ackP95: percentile(latencies, 95),
    timedOut: reports.reduce((a, r) => a + r.timedOut, 0),
    refused: reports.reduce((acc, r) => mergeCounts(acc, r.refused), {} as Record<string, number>),
    ids: reports.flatMap((r) => r.sent),
    ackedIds: reports.flatMap((r) => r.acked),
  };
}

/** One moderator command, timed to the last participant that receives its events. */
async function probe(
  mod: BenchModerator,
  workers: Child[],
  step: number,
): Promise<{ latency: number; missed: number }> {
  const command = RUN_OF_SHOW[step % RUN_OF_SHOW.length]!;
  const { ack, sentAt } = await mod.send(command);
  if (!ack.ok) throw new Error(`moderator command ${command.type} refused: ${ack.error}`);
  const replies = await Promise.all(
    workers.map((w) => ask(w, { type: 'probe', seq: ack.seq, timeoutMs: 10_000 }, 'probe', 20_000)),
  );
  const lastAt = Math.max(...replies.map((r) => r.lastAt));
  return { latency: lastAt - sentAt, missed: replies.reduce((a, r) => a + (r.expected - r.received), 0) };
}

async function probes(mod: BenchModerator, workers: Child[], from: number, count: number, gapMs = 20) {
  const samples: number[] = [];
  let missed = 0;
  for (let i = 0; i < count; i++) {
    const r = await probe(mod, workers, from + i);
    samples.push(r.latency);
    missed += r.missed;
    // Commands a few tens of milliseconds apart (never overlapping), a little jitter in between.
    await sleep(gapMs + Math.random() * 20);
  }
  return { samples, missed };
}

export async function runTarget(target: Target, o: RunOptions): Promise<RunResult> {
  const children: Child[] = [];
  let dataDir: string | null = null;
  const spawn = (file: string, opts?: Parameters<typeof spawnChild>[1]) => {
    const c = spawnChild(file, opts);
    children.push(c);
    return c;
  };
  try {
    const server = spawn(target === 'palabre' ? 'serverProcess.ts' : 'bareServer.ts', {
      env: {
        PALABRE_BENCH_RATE_LIMIT: BENCH_RATE_LIMIT,
        ...(target === 'palabre' && o.allocProfileDir ? { PALABRE_BENCH_ALLOC_PROFILE: o.allocProfileDir } : {}),
      },
      nodeArgs: [
        '--expose-gc',
        ...(target === 'palabre' && o.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${o.profileDir}`] : []),
        // To compare runtime flags on the Palabre server (e.g. GC settings): space-separated.
        ...(target === 'palabre' ? (process.env.PALABRE_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean) : []),
      ],
    });
    const ready = await server.request(
      {},
      (r: unknown): r is Extract<ServerReply, { type: 'ready' }> => (r as ServerReply)?.type === 'ready',
      60_000,
      'server start',
    );
    dataDir = ready.dir;
    const url = `http://127.0.0.1:${ready.port}`;
    const session = target === 'palabre' ? await createSession(url) : { code: 'BENCH1', key: '', projectorKey: '' };
    const mod = await connectModerator(url, session.code, session.key);
    // The same pause before both memory reads (the connected one follows the last connection by 500 ms).
    await sleep(500);
    const idle = await serverStats(server);

    const nWorkers = Math.min(4, Math.max(1, Math.ceil(o.participants / 100)));
    o.log(`${target}: connecting ${o.participants} participants from ${nWorkers} worker processes`);
    const workers = Array.from({ length: nWorkers }, () => spawn('participantWorker.ts'));
    const shares = workers.map(
      (_, i) => Math.floor(o.participants / nWorkers) + (i < o.participants % nWorkers ? 1 : 0),
    );
    const conn = await Promise.all(
      workers.map((w, i) =>
        ask(w, { type: 'connect', url, code: session.code, count: shares[i]!, concurrency: 8 }, 'connected', 300_000),
      ),
    );
    const connected = conn.reduce((a, r) => a + r.connected, 0);
    if (connected < o.participants)
      throw new Error(`${target}: only ${connected} of ${o.participants} participants connected`);
    await sleep(500);
    const busy = await serverStats(server);
    const perParticipantKB = (bytes: number) => Math.round((bytes / 1024 / connected) * 10) / 10;
    const memory = {
      rssIdle: idle.rss,
      rssConnected: busy.rss,
      // RSS without the JS heap's committed but unused space (see heldBytes): what the connections hold.
      perParticipantKB: perParticipantKB(heldBytes(busy.mem) - heldBytes(idle.mem)),
      /** Plain RSS difference, for comparison: at small N mostly the young generation's size (see docs/performance.md). */
      rawRssPerParticipantKB: perParticipantKB(busy.rss - idle.rss),
      // The JavaScript heap's share (live objects after a full GC).
      heapPerParticipantKB: perParticipantKB(busy.heapUsed - idle.heapUsed),
      idle: idle.mem,
      connected: busy.mem,
    };

    o.log(`${target}: fan-out probes (${o.probes} moderator commands)`);
    // Moving on closes the floor's questions unless the moderator keeps them open: the bench answers
    // every question at once, so it keeps them open (a no-op broadcast on the bare server).
    await mod.send({ type: 'floor:keepOpen', keep: true });
    // One pass of the run of show first (warm-up; it also opens every question for answers).
    await probes(mod, workers, 0, RUN_OF_SHOW.length);
    await serverStats(server);
    const fanout = await probes(mod, workers, RUN_OF_SHOW.length, o.probes);
    const probeCommits = (await serverStats(server)).commits;

    // The poll: every participant votes once within about two seconds while the moderator keeps
    // going (fan-out probes); one screen counts the messages the votes cost it.
    o.log(`${target}: poll (${connected} votes within ${POLL_SPREAD_MS} ms)`);
    const opened = await mod.send({ type: 'answering:open', questionIds: [POLL_QUESTION_ID] });
    if (!opened.ack.ok) throw new Error(`poll: answering:open refused: ${opened.ack.error}`);
    const screen =
      target === 'palabre'
        ? await connectScreen(url, session.code, 'projector', session.projectorKey)
        : await connectScreen(url, session.code, 'moderator', '');
    if (target === 'palabre') await mod.send({ type: 'results:reveal', questionId: POLL_QUESTION_ID, shown: true });
    await sleep(300);
    screen.reset();
    const pollVotes = Promise.all(
      workers.map((w) =>
        ask(
          w,
          {
            type: 'poll',
            questionId: POLL_QUESTION_ID,
            options: POLL_OPTIONS,
            spreadMs: POLL_SPREAD_MS,
            timeoutMs: 60_000,
          },
          'answers',
          80_000,
        ),
      ),
    );
    const pollProbes = await probes(mod, workers, 0, POLL_PROBES, 100);
    const votes = summarize(await pollVotes);
    // The last aggregated update follows the last vote by at most the refresh interval.
    await sleep(600);
    const poll = { ...votes, screenUpdates: screen.messages(), fanout: pollProbes.samples };
    screen.close();

    const pacedRun = async () =>
      summarize(
        await Promise.all(
          workers.map((w) =>
            ask(
              w,
              {
                type: 'paced',
                questionIds: QUESTION_IDS,
                rate: PACED_RATE / nWorkers,
                durationMs: PACED_MS,
                timeoutMs: 60_000,
              },
              'answers',
              80_000,
            ),
          ),
        ),
      );
    // The offered load of the target, on a session with its first answers coming in.
    o.log(`${target}: answers at ${PACED_RATE}/s`);
    await serverStats(server);
    const paced = await pacedRun();
    const pacedServer = await serverStats(server);
    await sleep(300);

    o.log(`${target}: answers at saturation`);
    const satStart = await serverStats(server);
    const perSocket = Math.max(QUESTION_IDS.length, Math.min(60, Math.ceil(12_000 / connected)));
    const window = Math.max(1, Math.ceil(500 / connected));
    const sat = summarize(
      await Promise.all(
        workers.map((w) =>
          ask(
            w,
            { type: 'saturate', questionIds: QUESTION_IDS, perSocket, window, timeoutMs: 180_000 },
            'answers',
            200_000,
          ),
        ),
      ),
    );
    const satEnd = await serverStats(server);
    // The server's CPU per durable answer: a figure the shared machine's load moves far less than a rate.
    sat.cpuUsPerAnswer = sat.acked ? Math.round((satEnd.cpuUs - satStart.cpuUs) / sat.acked) : 0;
    await sleep(300);

    // The same offered load again, now that the session holds every answer of the saturation phase.
    o.log(`${target}: answers at ${PACED_RATE}/s, with ${sat.acked + paced.acked} answers stored`);
    const pacedFull = await pacedRun();
    const result: RunResult = {
      target,
      connected,
      workers: nWorkers,
      fanout: { ...fanout, commits: probeCommits },
      memory,
      saturation: sat,
      paced: {
        ...paced,
        offeredPerSecond: PACED_RATE,
        server: {
          gcMs: pacedServer.gcMs,
          gcMaxMs: pacedServer.gcMaxMs,
          loopDelayP99Ms: pacedServer.loopDelayP99Ms,
          commits: pacedServer.commits.length,
          commitP50Ms: round1(percentile(pacedServer.commits, 50)),
          commitP95Ms: round1(percentile(pacedServer.commits, 95)),
        },
      },
      pacedFull,
      poll: {
        acked: poll.acked,
        timedOut: poll.timedOut,
        perSecond: poll.perSecond,
        ackP95: poll.ackP95,
        screenUpdates: poll.screenUpdates,
        fanout: poll.fanout,
      },
    };
    if (target === 'bare') {
      mod.close();
      return result;
    }

    o.log(`${target}: churn (participants drop with answers in flight, reconnect, re-send)`);
    const perWorker = Math.min(Math.ceil(Math.max(2, Math.round(connected / 10)) / nWorkers), ...shares);
    const churnReports = await Promise.all(
      workers.map((w) =>
        ask(
          w,
          { type: 'churn', questionIds: QUESTION_IDS, count: perWorker, answers: 3, timeoutMs: 60_000 },
          'answers',
          80_000,
        ),
      ),
    );
    const churn = summarize(churnReports);
    result.churn = {
      dropped: perWorker * nWorkers,
      reconnected: churnReports.reduce((a, r) => a + r.reconnected, 0),
      acked: churn.acked,
      timedOut: churn.timedOut,
    };

    o.log(`${target}: flooding (one client sends as fast as it can, product rate limit)`);
    await server.request(
      { type: 'rateLimit', ...DEFAULT_RATE_LIMIT },
      (r: unknown): r is { type: 'ok' } => (r as ServerReply)?.type === 'ok',
      10_000,
      'rate limit',
    );
    const flooder = spawn('participantWorker.ts');
    // The attacker would be on another machine: here it only gets the CPU nobody else wants, so the
    // figure shows what the flood costs the server, not what its process costs the 2 shared cores.
    try {
      setPriority(flooder.proc.pid!, 19);
    } catch {
      // not permitted: measured as is
    }
    const floodProbes = Math.max(10, Math.round(o.probes / 2));
    // The calm reference is taken right before, so both see the same machine. The moderator too is
    // under the product's limit now (10 commands/s sustained): it clicks at most about 8 times a second.
    const calm = await probes(mod, workers, 0, floodProbes, 120);
    await ask(flooder, { type: 'flood', url, code: session.code, questionIds: QUESTION_IDS }, 'done', 30_000);
    await sleep(500);
    const flooded = await probes(mod, workers, 0, floodProbes, 120);
    const flood = await ask(flooder, { type: 'stopFlood' }, 'flood', 30_000);
    result.flooding = {
      calm: calm.samples,
      samples: flooded.samples,
      sent: flood.sent,
      acked: flood.ok,
      refused: flood.refused,
      cuts: flood.cuts,
    };

    o.log(`${target}: checking the archive`);
    await sleep(300);
    const r = await fetch(`${url}/api/sessions/${session.code}/archive`, {
      headers: { authorization: `Bearer ${session.key}` },
    });
    if (!r.ok) throw new Error(`archive: ${r.status}`);
    const archive = (await r.json()) as { events: { event: { type: string; answerId?: string } }[] };
    const stored = countBy(
      archive.events.filter((e) => e.event.type === 'answer:submitted').map((e) => e.event.answerId!),
    );
    const intended = new Set([...sat.ids, ...paced.ids, ...pacedFull.ids, ...churn.ids]);
    const acked = new Set([...sat.ackedIds, ...paced.ackedIds, ...pacedFull.ackedIds, ...churn.ackedIds]);
    let duplicated = 0;
    for (const c of stored.values()) duplicated += c - 1;
    result.check = {
      intended: intended.size,
      stored: [...intended].filter((id) => stored.has(id)).length,
      lost: [...intended].filter((id) => !stored.has(id)).length,
      duplicated,
      ackedNotStored: [...acked].filter((id) => !stored.has(id)).length,
    };
    mod.close();
    return result;
  } finally {
    await Promise.all(
      children.map((c) => c.stop(c === children[0] ? { type: 'stop' } : { type: 'close', id: 0 }, 10_000)),
    );
    // The server removes it when it stops; this covers a server that had to be killed.
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

export interface ClusterOptions extends RunOptions {
  /** The shared PostgreSQL (a throwaway cluster started by the bench). */
  databaseUrl: string;
}

export interface ClusterResult {
  nodes: number;
  connected: number;
  /** Participants connected to each node; the moderator is on the first. */
  perNode: number[];
  /** Moderator click to the last participant on the moderator's node (local) and on the other (cross). */
  fanout: { local: number[]; cross: number[]; missed: number };
  paced: AnswerPhase & { offeredPerSecond: number };
  saturation: AnswerPhase;
  /** The paced phase again, after the saturation phase. */
  pacedFull: AnswerPhase;
  check: { intended: number; stored: number; lost: number; duplicated: number; ackedNotStored: number };
}

/**
 * Cluster mode: two Palabre nodes on one PostgreSQL, the moderator on node A, the participants split
 * between A and B. Fan-out is timed separately for each node's participants; answers go to both.
 * No churn or flooding here: those are the single-node run's.
 */
export async function runCluster(o: ClusterOptions): Promise<ClusterResult> {
  const children: Child[] = [];
  const dirs: string[] = [];
  const spawn = (file: string, opts?: Parameters<typeof spawnChild>[1]) => {
    const c = spawnChild(file, opts);
    children.push(c);
    return c;
  };
  const servers: Child[] = [];
  try {
    const urls: string[] = [];
    // One after the other: both would migrate the schema at once (it is locked, but slower).
    for (let i = 0; i < 2; i++) {
      const server = spawn('serverProcess.ts', {
        env: { PALABRE_BENCH_RATE_LIMIT: BENCH_RATE_LIMIT, DATABASE_URL: o.databaseUrl },
        nodeArgs: ['--expose-gc'],
      });
      servers.push(server);
      const ready = await server.request(
        {},
        (r: unknown): r is Extract<ServerReply, { type: 'ready' }> => (r as ServerReply)?.type === 'ready',
        60_000,
        `cluster node ${i} start`,
      );
      dirs.push(ready.dir);
      urls.push(`http://127.0.0.1:${ready.port}`);
    }
    const session = await createSession(urls[0]!);
    const mod = await connectModerator(urls[0]!, session.code, session.key);

    // At least one worker per node, at most two (four worker processes in all, as single-node).
    const perNodeWorkers = Math.min(2, Math.max(1, Math.ceil(o.participants / 200)));
    const half = [Math.ceil(o.participants / 2), Math.floor(o.participants / 2)];
    o.log(`cluster: connecting ${half[0]} participants to node A, ${half[1]} to node B`);
    const groups = urls.map(() => Array.from({ length: perNodeWorkers }, () => spawn('participantWorker.ts')));
    const workers = groups.flat();
    const conn = await Promise.all(
      groups.map(async (group, node) => {
        const replies = await Promise.all(
          group.map((w, i) => {
            const count = Math.floor(half[node]! / group.length) + (i < half[node]! % group.length ? 1 : 0);
            return ask(
              w,
              { type: 'connect', url: urls[node]!, code: session.code, count, concurrency: 8 },
              'connected',
              300_000,
            );
          }),
        );
        return replies.reduce((a, r) => a + r.connected, 0);
      }),
    );
    const connected = conn[0]! + conn[1]!;
    if (connected < o.participants)
      throw new Error(`cluster: only ${connected} of ${o.participants} participants connected`);
    await sleep(500);

    const probeSplit = async (step: number) => {
      const command = RUN_OF_SHOW[step % RUN_OF_SHOW.length]!;
      const { ack, sentAt } = await mod.send(command);
      if (!ack.ok) throw new Error(`moderator command ${command.type} refused: ${ack.error}`);
      const replies = await Promise.all(
        groups.map((group) =>
          Promise.all(group.map((w) => ask(w, { type: 'probe', seq: ack.seq, timeoutMs: 10_000 }, 'probe', 20_000))),
        ),
      );
      const last = (rs: { lastAt: number }[]) => Math.max(...rs.map((r) => r.lastAt)) - sentAt;
      const missed = replies.flat().reduce((a, r) => a + (r.expected - r.received), 0);
      return { local: last(replies[0]!), cross: last(replies[1]!), missed };
    };
    o.log(`cluster: fan-out probes (${o.probes} moderator commands)`);
    await mod.send({ type: 'floor:keepOpen', keep: true });
    for (let i = 0; i < RUN_OF_SHOW.length; i++) {
      await probeSplit(i);
      await sleep(20 + Math.random() * 20);
    }
    const fanout = { local: [] as number[], cross: [] as number[], missed: 0 };
    for (let i = 0; i < o.probes; i++) {
      const r = await probeSplit(RUN_OF_SHOW.length + i);
      fanout.local.push(r.local);
      fanout.cross.push(r.cross);
      fanout.missed += r.missed;
      await sleep(20 + Math.random() * 20);
    }

    const pacedRun = async () =>
      summarize(
        await Promise.all(
          workers.map((w) =>
            ask(
              w,
              {
                type: 'paced',
                questionIds: QUESTION_IDS,
                rate: PACED_RATE / workers.length,
                durationMs: PACED_MS,
                timeoutMs: 60_000,
              },
              'answers',
              80_000,
            ),
          ),
        ),
      );
    o.log(`cluster: answers at ${PACED_RATE}/s, to both nodes`);
    const paced = await pacedRun();
    await sleep(300);

    o.log('cluster: answers at saturation, to both nodes');
    const perSocket = Math.max(QUESTION_IDS.length, Math.min(60, Math.ceil(12_000 / connected)));
    const window = Math.max(1, Math.ceil(500 / connected));
    const sat = summarize(
      await Promise.all(
        workers.map((w) =>
          ask(
            w,
            { type: 'saturate', questionIds: QUESTION_IDS, perSocket, window, timeoutMs: 180_000 },
            'answers',
            200_000,
          ),
        ),
      ),
    );
    await sleep(300);
    // The same offered load again, on nodes and a database warmed up by the saturation phase.
    o.log(`cluster: answers at ${PACED_RATE}/s again, after saturation`);
    const pacedFull = await pacedRun();
    await sleep(500);

    o.log('cluster: checking the archive (read from node B)');
    const r = await fetch(`${urls[1]}/api/sessions/${session.code}/archive`, {
      headers: { authorization: `Bearer ${session.key}` },
    });
    if (!r.ok) throw new Error(`archive: ${r.status}`);
    const archive = (await r.json()) as { events: { event: { type: string; answerId?: string } }[] };
    const stored = countBy(
      archive.events.filter((e) => e.event.type === 'answer:submitted').map((e) => e.event.answerId!),
    );
    const intended = new Set([...sat.ids, ...paced.ids, ...pacedFull.ids]);
    const acked = new Set([...sat.ackedIds, ...paced.ackedIds, ...pacedFull.ackedIds]);
    let duplicated = 0;
    for (const c of stored.values()) duplicated += c - 1;
    mod.close();
    return {
      nodes: 2,
      connected,
      perNode: conn,
      fanout,
      paced: { ...paced, offeredPerSecond: PACED_RATE },
      saturation: sat,
      pacedFull,
      check: {
        intended: intended.size,
        stored: [...intended].filter((id) => stored.has(id)).length,
        lost: [...intended].filter((id) => !stored.has(id)).length,
        duplicated,
        ackedNotStored: [...acked].filter((id) => !stored.has(id)).length,
      },
    };
  } finally {
    await Promise.all(
      children.map((c) => c.stop(servers.includes(c) ? { type: 'stop' } : { type: 'close', id: 0 }, 10_000)),
    );
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}
