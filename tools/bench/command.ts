// `palabre bench [--participants N] [--nodes 1|2] [--json] [--probes N] [--profile DIR] [--alloc-profile DIR]`: runs the same
// scripted session against a bare Socket.IO server and against the real Palabre server (each in its own
// child process, on 127.0.0.1), and prints each figure beside the bare one with their ratio. With
// `--nodes 2` it then runs two Palabre nodes on a throwaway PostgreSQL (cluster mode) and reports
// their figures beside the single-node ones of the same invocation.
// A benchmark, never a timed assertion: the exit code only says whether an answer was lost or
// counted twice.
import { cpus, loadavg } from 'node:os';
import { type PgCluster, startPgCluster } from '../../tests/helpers/pgCluster.js';
import { killAll } from './children.js';
import type { MemorySnapshot } from './diagnostics.js';
import { runCluster, runTarget, type ClusterResult, type RunResult } from './run.js';
import { percentile, ratio, round1 } from './stats.js';

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

interface Args {
  participants: number;
  json: boolean;
  probes: number;
  nodes: number;
  profileDir?: string;
  allocProfileDir?: string;
}

const USAGE =
  'Usage: palabre bench [--participants N] [--nodes 1|2] [--json] [--probes N] [--profile DIR] [--alloc-profile DIR]\n';
/** The whole bench is bounded: whatever hangs, it stops and cleans up after this. */
const DEADLINE_MS = 20 * 60_000;

function parseArgs(args: string[]): Args | string {
  const out: Args = { participants: 200, json: false, probes: 100, nodes: 1 };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? args[++i];
    const int = (name: string, min: number, max: number) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < min || n > max)
        throw new Error(`${name} must be an integer from ${min} to ${max}`);
      return n;
    };
    try {
      switch (flag) {
        case '--participants':
        case '-n':
          out.participants = int('--participants', 1, 10_000);
          break;
        case '--probes':
          out.probes = int('--probes', 5, 10_000);
          break;
        case '--nodes':
          out.nodes = int('--nodes', 1, 2);
          break;
        case '--json':
          out.json = true;
          break;
        case '--profile': {
          const dir = value();
          if (!dir) return '--profile needs a directory';
          out.profileDir = dir;
          break;
        }
        case '--alloc-profile': {
          const dir = value();
          if (!dir) return '--alloc-profile needs a directory';
          out.allocProfileDir = dir;
          break;
        }
        default:
          return `unknown option ${flag}`;
      }
    } catch (e) {
      return (e as Error).message;
    }
  }
  return out;
}

export interface BenchJson {
  participants: number;
  /**
   * Every participant votes once on a choice question within about 2 s: the votes acknowledged, the
   * messages one screen received meanwhile (Palabre's projector gets aggregated tallies; the bare
   * server sends each vote to its screens), and the moderator's fan-out p95 while the votes came in.
   */
  poll: {
    votes: number;
    bareVotes: number;
    timedOut: number;
    screenUpdates: number;
    bareScreenUpdates: number;
    fanoutP95: number;
    bareFanoutP95: number;
    fanoutRatio: number;
  };
  fanout: { p50: number; p95: number; p99: number; bareP95: number; ratio: number };
  answers: { perSecond: number; barePerSecond: number; ratio: number; ackP50: number; ackP95: number };
  /** RSS, as the issue asks; `held…`: RSS without the JS heap's committed but unused space (see docs/performance.md). */
  memory: {
    perParticipantKB: number;
    barePerParticipantKB: number;
    ratio: number;
    heldPerParticipantKB: number;
    bareHeldPerParticipantKB: number;
    heldRatio: number;
  };
  lost: number;
  duplicated: number;
  /** With --nodes 2: two nodes on PostgreSQL, beside the single-node (SQLite) figures above. */
  cluster?: ClusterJson;
  /** Beyond the required keys: the rest of what the run measured. */
  details: {
    fanout: { bareP50: number; bareP99: number; missed: number; commitP50: number; commitP95: number };
    answers: {
      offeredPerSecond: number;
      bareAckP50: number;
      bareAckP95: number;
      saturationAckP50: number;
      saturationAckP95: number;
      bareSaturationAckP95: number;
      /** The 1,000/s phase again after saturation (the session then holds every answer so far). */
      fullAckP50: number;
      fullAckP95: number;
      bareFullAckP95: number;
      saturationAcked: number;
      /**
       * The server process's CPU time (every thread) per acknowledged answer at saturation, µs:
       * the work an answer costs, which the shared machine's load moves far less than the rate.
       */
      saturationCpuUsPerAnswer: number;
      bareSaturationCpuUsPerAnswer: number;
      /** Server side of the 1,000/s phase: GC pause total and longest, event-loop delay p99, commits. */
      pacedServer: RunResult['paced']['server'];
      barePacedServer: RunResult['paced']['server'];
    };
    churn: RunResult['churn'];
    /** Fan-out while one client floods, against probes taken just before (same machine load). */
    flooding: {
      p95: number;
      calmP95: number;
      ratio: number;
      sent: number;
      acked: number;
      refused: Record<string, number>;
      cuts: number;
    };
    check: RunResult['check'];
    memory: {
      heapPerParticipantKB: number;
      bareHeapPerParticipantKB: number;
      /** Plain RSS difference / N, without discounting the JS heap's unused space (young generation growth shows here). */
      rawRssPerParticipantKB: number;
      bareRawRssPerParticipantKB: number;
      /** Each server's memory before (moderator alone) and with N connected, in MB. */
      palabre: MemoryBreakdown;
      bare: MemoryBreakdown;
    };
    machine: { cpus: number; loadBefore: number[]; loadAfter: number[] };
  };
}

export interface ClusterJson {
  nodes: number;
  participants: number;
  participantsPerNode: number[];
  /** Fan-out p95 to the moderator's node (local) and to the other (cross); ratios: / single-node p95. */
  fanout: {
    localP50: number;
    localP95: number;
    crossP50: number;
    crossP95: number;
    singleNodeP95: number;
    localRatio: number;
    crossRatio: number;
    missed: number;
  };
  /** perSecond: durable answers/s at saturation; ack p50/p95 at the fixed offered rate. */
  answers: {
    perSecond: number;
    singleNodePerSecond: number;
    ratio: number;
    offeredPerSecond: number;
    ackP50: number;
    ackP95: number;
    singleNodeAckP95: number;
    ackRatio: number;
    saturationAckP95: number;
    /** The fixed rate again after saturation (nodes and database warm, session full). */
    fullAckP50: number;
    fullAckP95: number;
    singleNodeFullAckP95: number;
  };
  lost: number;
  duplicated: number;
  check: ClusterResult['check'];
  /** The target: cross-node fan-out p95 within 1.5x single-node, nothing lost or duplicated. */
  target: { crossRatioMax: number; met: boolean };
}

export function clusterJson(c: ClusterResult, single: RunResult): ClusterJson {
  const singleP95 = percentile(single.fanout.samples, 95);
  const crossP95 = percentile(c.fanout.cross, 95);
  const localP95 = percentile(c.fanout.local, 95);
  const crossRatio = ratio(crossP95, singleP95);
  return {
    nodes: c.nodes,
    participants: c.connected,
    participantsPerNode: c.perNode,
    fanout: {
      localP50: percentile(c.fanout.local, 50),
      localP95,
      crossP50: percentile(c.fanout.cross, 50),
      crossP95,
      singleNodeP95: singleP95,
      localRatio: ratio(localP95, singleP95),
      crossRatio,
      missed: c.fanout.missed,
    },
    answers: {
      perSecond: c.saturation.perSecond,
      singleNodePerSecond: single.saturation.perSecond,
      ratio: ratio(c.saturation.perSecond, single.saturation.perSecond),
      offeredPerSecond: c.paced.offeredPerSecond,
      ackP50: c.paced.ackP50,
      ackP95: c.paced.ackP95,
      singleNodeAckP95: single.paced.ackP95,
      ackRatio: ratio(c.paced.ackP95, single.paced.ackP95),
      saturationAckP95: c.saturation.ackP95,
      fullAckP50: c.pacedFull.ackP50,
      fullAckP95: c.pacedFull.ackP95,
      singleNodeFullAckP95: single.pacedFull.ackP95,
    },
    lost: c.check.lost,
    duplicated: c.check.duplicated,
    check: c.check,
    target: {
      crossRatioMax: 1.5,
      met: crossRatio > 0 && crossRatio <= 1.5 && c.check.lost === 0 && c.check.duplicated === 0,
    },
  };
}

function clusterTable(c: ClusterJson): string {
  const row = (label: string, mine: number | string, single: number | string, r: number | string) =>
    `  ${label.padEnd(40)}${String(mine).padStart(9)}${String(single).padStart(9)}${String(r).padStart(8)}\n`;
  let s = `\nCluster mode: ${c.nodes} nodes on PostgreSQL, ${c.participantsPerNode.join(' + ')} participants, moderator on node A\n\n`;
  s += row('', 'cluster', '1 node', 'ratio');
  s += row("fan-out p95, moderator's node (ms)", c.fanout.localP95, c.fanout.singleNodeP95, c.fanout.localRatio);
  s += row('fan-out p95, other node (ms)', c.fanout.crossP95, c.fanout.singleNodeP95, c.fanout.crossRatio);
  s += row('durable answers/s (saturation)', c.answers.perSecond, c.answers.singleNodePerSecond, c.answers.ratio);
  s += row(
    `ack p95 at ${c.answers.offeredPerSecond}/s (ms)`,
    c.answers.ackP95,
    c.answers.singleNodeAckP95,
    c.answers.ackRatio,
  );
  s += row(
    '  same, after saturation (ms)',
    c.answers.fullAckP95,
    c.answers.singleNodeFullAckP95,
    ratio(c.answers.fullAckP95, c.answers.singleNodeFullAckP95),
  );
  s += `  answers intended ${c.check.intended}, stored ${c.check.stored}: lost ${c.lost}, duplicated ${c.duplicated}\n`;
  if (c.fanout.missed) s += `  warning: ${c.fanout.missed} probe deliveries did not arrive within 10 s\n`;
  s += `  target (cross-node fan-out p95 within ${c.target.crossRatioMax}x single-node, 0 lost, 0 duplicated): ${c.target.met ? 'met' : 'not met'}\n`;
  return s;
}

type MemoryBreakdown = Record<'idle' | 'connected', Record<string, number>>;

function breakdown(m: RunResult['memory']): MemoryBreakdown {
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 100) / 100;
  const flat = (s: MemorySnapshot) => ({
    rss: mb(s.rss),
    rssAnon: mb(s.rssAnon),
    rssFile: mb(s.rssFile),
    heapTotal: mb(s.heapTotal),
    heapUsed: mb(s.heapUsed),
    external: mb(s.external),
    arrayBuffers: mb(s.arrayBuffers),
    ...Object.fromEntries(Object.entries(s.spaces).map(([k, v]) => [k, mb(v.size)])),
  });
  return { idle: flat(m.idle), connected: flat(m.connected) };
}

const load = () => loadavg().map((x) => Math.round(x * 100) / 100);

export function toJson(p: RunResult, b: RunResult, loadBefore: number[]): BenchJson {
  const p95 = percentile(p.fanout.samples, 95);
  const bareP95 = percentile(b.fanout.samples, 95);
  const floodP95 = percentile(p.flooding?.samples ?? [], 95);
  const calmP95 = percentile(p.flooding?.calm ?? [], 95);
  const pollP95 = percentile(p.poll.fanout, 95);
  const barePollP95 = percentile(b.poll.fanout, 95);
  return {
    participants: p.connected,
    poll: {
      votes: p.poll.acked,
      bareVotes: b.poll.acked,
      timedOut: p.poll.timedOut,
      screenUpdates: p.poll.screenUpdates,
      bareScreenUpdates: b.poll.screenUpdates,
      fanoutP95: pollP95,
      bareFanoutP95: barePollP95,
      fanoutRatio: ratio(pollP95, barePollP95),
    },
    fanout: {
      p50: percentile(p.fanout.samples, 50),
      p95,
      p99: percentile(p.fanout.samples, 99),
      bareP95,
      ratio: ratio(p95, bareP95),
    },
    answers: {
      perSecond: p.saturation.perSecond,
      barePerSecond: b.saturation.perSecond,
      ratio: ratio(p.saturation.perSecond, b.saturation.perSecond),
      // At the fixed offered rate of the target (1,000 answers per second).
      ackP50: p.paced.ackP50,
      ackP95: p.paced.ackP95,
    },
    memory: {
      perParticipantKB: p.memory.rawRssPerParticipantKB,
      barePerParticipantKB: b.memory.rawRssPerParticipantKB,
      ratio: ratio(p.memory.rawRssPerParticipantKB, b.memory.rawRssPerParticipantKB),
      heldPerParticipantKB: p.memory.perParticipantKB,
      bareHeldPerParticipantKB: b.memory.perParticipantKB,
      heldRatio: ratio(p.memory.perParticipantKB, b.memory.perParticipantKB),
    },
    lost: p.check?.lost ?? -1,
    duplicated: p.check?.duplicated ?? -1,
    details: {
      fanout: {
        bareP50: percentile(b.fanout.samples, 50),
        bareP99: percentile(b.fanout.samples, 99),
        missed: p.fanout.missed,
        commitP50: round1(percentile(p.fanout.commits, 50)),
        commitP95: round1(percentile(p.fanout.commits, 95)),
      },
      answers: {
        offeredPerSecond: p.paced.offeredPerSecond,
        bareAckP50: b.paced.ackP50,
        bareAckP95: b.paced.ackP95,
        saturationAckP50: p.saturation.ackP50,
        saturationAckP95: p.saturation.ackP95,
        bareSaturationAckP95: b.saturation.ackP95,
        fullAckP50: p.pacedFull.ackP50,
        fullAckP95: p.pacedFull.ackP95,
        bareFullAckP95: b.pacedFull.ackP95,
        saturationAcked: p.saturation.acked,
        saturationCpuUsPerAnswer: p.saturation.cpuUsPerAnswer ?? 0,
        bareSaturationCpuUsPerAnswer: b.saturation.cpuUsPerAnswer ?? 0,
        pacedServer: p.paced.server,
        barePacedServer: b.paced.server,
      },
      churn: p.churn,
      flooding: {
        p95: floodP95,
        calmP95,
        ratio: ratio(floodP95, calmP95),
        sent: p.flooding?.sent ?? 0,
        acked: p.flooding?.acked ?? 0,
        refused: p.flooding?.refused ?? {},
        cuts: p.flooding?.cuts ?? 0,
      },
      check: p.check,
      memory: {
        heapPerParticipantKB: p.memory.heapPerParticipantKB,
        bareHeapPerParticipantKB: b.memory.heapPerParticipantKB,
        rawRssPerParticipantKB: p.memory.rawRssPerParticipantKB,
        bareRawRssPerParticipantKB: b.memory.rawRssPerParticipantKB,
        palabre: breakdown(p.memory),
        bare: breakdown(b.memory),
      },
      machine: { cpus: cpus().length, loadBefore, loadAfter: load() },
    },
  };
}

function table(j: BenchJson, p: RunResult): string {
  const row = (label: string, mine: number | string, bare: number | string, r: number | string) =>
    `  ${label.padEnd(40)}${String(mine).padStart(9)}${String(bare).padStart(9)}${String(r).padStart(8)}\n`;
  const d = j.details;
  const a = d.answers;
  let s = `Palabre bench: ${j.participants} participants in one room, ${p.workers} worker processes, ${d.machine.cpus} CPU cores, 127.0.0.1\n`;
  s += `  load average before ${d.machine.loadBefore.join(' ')}, after ${d.machine.loadAfter.join(' ')}\n\n`;
  s += row('', 'Palabre', 'bare', 'ratio');
  s += row('fan-out p50 (ms)', j.fanout.p50, d.fanout.bareP50, ratio(j.fanout.p50, d.fanout.bareP50));
  s += row('fan-out p95 (ms)', j.fanout.p95, j.fanout.bareP95, j.fanout.ratio);
  s += row('fan-out p99 (ms)', j.fanout.p99, d.fanout.bareP99, ratio(j.fanout.p99, d.fanout.bareP99));
  s += row('poll: votes acknowledged', j.poll.votes, j.poll.bareVotes, '');
  s += row('  messages to one screen meanwhile', j.poll.screenUpdates, j.poll.bareScreenUpdates, '');
  s += row('  fan-out p95 during the poll (ms)', j.poll.fanoutP95, j.poll.bareFanoutP95, j.poll.fanoutRatio);
  s += row('durable answers/s (saturation)', j.answers.perSecond, j.answers.barePerSecond, j.answers.ratio);
  s += row(
    '  server CPU per answer (µs)',
    a.saturationCpuUsPerAnswer,
    a.bareSaturationCpuUsPerAnswer,
    ratio(a.saturationCpuUsPerAnswer, a.bareSaturationCpuUsPerAnswer),
  );
  s += row(
    '  ack p95 at saturation (ms)',
    a.saturationAckP95,
    a.bareSaturationAckP95,
    ratio(a.saturationAckP95, a.bareSaturationAckP95),
  );
  s += row(
    `ack p50 at ${a.offeredPerSecond}/s (ms)`,
    j.answers.ackP50,
    a.bareAckP50,
    ratio(j.answers.ackP50, a.bareAckP50),
  );
  s += row(
    `ack p95 at ${a.offeredPerSecond}/s (ms)`,
    j.answers.ackP95,
    a.bareAckP95,
    ratio(j.answers.ackP95, a.bareAckP95),
  );
  s += row(`  same, after saturation (ms)`, a.fullAckP95, a.bareFullAckP95, ratio(a.fullAckP95, a.bareFullAckP95));
  s += row(
    `  GC pauses in that phase (ms)`,
    a.pacedServer.gcMs,
    a.barePacedServer.gcMs,
    ratio(a.pacedServer.gcMs, a.barePacedServer.gcMs),
  );
  s += row('RSS per participant (KB)', j.memory.perParticipantKB, j.memory.barePerParticipantKB, j.memory.ratio);
  s += row(
    '  held: without unused JS heap (KB)',
    j.memory.heldPerParticipantKB,
    j.memory.bareHeldPerParticipantKB,
    j.memory.heldRatio,
  );
  s += row(
    '  of which JS heap (KB)',
    d.memory.heapPerParticipantKB,
    d.memory.bareHeapPerParticipantKB,
    ratio(d.memory.heapPerParticipantKB, d.memory.bareHeapPerParticipantKB),
  );
  s += '\n';
  s += `  Palabre commits (fsync) while probing: p50 ${d.fanout.commitP50} ms, p95 ${d.fanout.commitP95} ms; every broadcast waits for its commit, bare broadcasts at once\n`;
  s += `  fan-out p95 while one client floods: ${d.flooding.p95} ms, ${d.flooding.ratio}x the ${d.flooding.calmP95} ms measured just before; the flooder sent ${d.flooding.sent}, ${d.flooding.acked} acked, refused ${JSON.stringify(d.flooding.refused)}, cut ${d.flooding.cuts} times\n`;
  if (d.churn)
    s += `  churn: ${d.churn.dropped} participants dropped with answers in flight, ${d.churn.reconnected} reconnected, ${d.churn.acked} answers acknowledged after re-sending\n`;
  if (d.check)
    s += `  answers intended ${d.check.intended}, stored ${d.check.stored}: lost ${j.lost}, duplicated ${j.duplicated}\n`;
  if (d.fanout.missed) s += `  warning: ${d.fanout.missed} probe deliveries did not arrive within 10 s\n`;
  s +=
    "  (bare: Socket.IO with no application logic, answers in one SQLite transaction per tick, WAL, synchronous=FULL;\n   memory: RSS with N connected minus RSS with the moderator alone, / N; held: the same without the JS heap's unused space; see docs/performance.md)\n";
  return s;
}

export async function benchCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${USAGE}`);
    return 2;
  }
  const log = (line: string) => io.stderr(`bench: ${line}\n`);
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    deadline = setTimeout(
      () => reject(new Error(`bench did not finish within ${DEADLINE_MS / 60_000} minutes`)),
      DEADLINE_MS,
    );
  });
  // The throwaway PostgreSQL (--nodes 2) is a daemon of its own: stopped however the bench ends.
  let pg: PgCluster | undefined;
  const onSignal = () =>
    void killAll().then(() => {
      pg?.destroy();
      process.exit(130);
    });
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const loadBefore = load();
    const opts = {
      participants: parsed.participants,
      probes: parsed.probes,
      profileDir: parsed.profileDir,
      allocProfileDir: parsed.allocProfileDir,
      log,
    };
    const [bare, palabre, cluster] = await Promise.race([
      (async () => {
        // One after the other: they must not share the two cores.
        const b = await runTarget('bare', opts);
        const p = await runTarget('palabre', opts);
        let c: ClusterResult | undefined;
        if (parsed.nodes === 2) {
          log('cluster: starting a throwaway PostgreSQL');
          pg = await startPgCluster();
          try {
            c = await runCluster({ ...opts, databaseUrl: pg.url });
          } finally {
            pg.destroy();
          }
        }
        return [b, p, c] as const;
      })(),
      timeout,
    ]);
    const j = toJson(palabre, bare, loadBefore);
    if (cluster) j.cluster = clusterJson(cluster, palabre);
    // The machine's load after everything (the cluster run included).
    j.details.machine.loadAfter = load();
    io.stdout(parsed.json ? `${JSON.stringify(j)}\n` : table(j, palabre) + (j.cluster ? clusterTable(j.cluster) : ''));
    const clean = (x: { lost: number; duplicated: number }) => x.lost === 0 && x.duplicated === 0;
    return clean(j) && (!j.cluster || clean(j.cluster)) ? 0 : 1;
  } catch (e) {
    io.stderr(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  } finally {
    clearTimeout(deadline);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await killAll();
    pg?.destroy();
  }
}
