// The real Palabre server, alone in its own process for the bench: SQLite in a temporary folder,
// 127.0.0.1 on a free port, told over IPC to report its memory, change its rate limit, or stop.
// Nothing here is part of the product: the stats channel exists only in this process.
//
// Env (read here only): PALABRE_BENCH_RATE_LIMIT="perSecond,burst,cutAfter" (the bench
// participants answer far faster than people do); DATABASE_URL=postgres://… for a cluster node
// (PostgreSQL store and cluster presence, as `palabre serve` does) instead of SQLite;
// PALABRE_BENCH_ALLOC_PROFILE=DIR (`--alloc-profile`): an allocation profile of the whole run there;
// PALABRE_BENCH_STORE=sqlite-inline: SQLite on the event loop (the store before the worker), for
// comparisons.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { SETTLE_MS, diagnosticsAndGc, memorySnapshot } from './diagnostics.js';
import { join } from 'node:path';
import { createApp } from '../../server/app.js';
import { consoleLogger } from '../../server/log.js';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions } from '../../server/rateLimit.js';
import { createClusterPresence } from '../../server/cluster/presence.js';
import { createPgSessionStore } from '../../server/store/pgSessionStore.js';
import type { SessionStore } from '../../server/store/sessionStore.js';
import { createSqliteSessionStore } from '../../server/store/sqliteSessionStore.js';
import { createSqliteWorkerStore } from '../../server/store/sqliteWorkerStore.js';
import { startAllocationProfile } from './allocationProfile.js';
import type { ServerReply, ServerRequest } from './ipc.js';

function rateLimitFromEnv(): RateLimitOptions {
  const raw = process.env.PALABRE_BENCH_RATE_LIMIT;
  if (!raw) return { ...DEFAULT_RATE_LIMIT };
  const [perSecond, burst, cutAfter] = raw.split(',').map(Number);
  if (![perSecond, burst, cutAfter].every((n) => Number.isFinite(n) && n! > 0))
    throw new Error(`bad PALABRE_BENCH_RATE_LIMIT: ${raw}`);
  return { perSecond: perSecond!, burst: burst!, cutAfter: cutAfter! };
}

const send = (m: ServerReply) => process.send?.(m);

async function main() {
  const allocDir = process.env.PALABRE_BENCH_ALLOC_PROFILE;
  const allocations = allocDir ? await startAllocationProfile(allocDir) : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'palabre-bench-'));
  const databaseUrl = process.env.DATABASE_URL?.trim();
  const logger = consoleLogger('info');
  // The store `palabre serve` uses (server/cli.ts): PostgreSQL, or SQLite in a worker thread.
  const store: SessionStore = databaseUrl
    ? await createPgSessionStore(databaseUrl, { log: logger })
    : process.env.PALABRE_BENCH_STORE === 'sqlite-inline'
      ? createSqliteSessionStore(join(dir, 'palabre.sqlite'))
      : await createSqliteWorkerStore(join(dir, 'palabre.sqlite'));
  const cluster = databaseUrl
    ? { shared: true, clusterPresence: await createClusterPresence(databaseUrl, { log: logger }) }
    : {};
  // Timed, to tell the commit (fsync) apart from the rest of the fan-out path. Wrapped in place: the
  // PostgreSQL store has getters a spread would freeze.
  let commits: number[] = [];
  const innerCommit = store.commit.bind(store);
  store.commit = async (batches) => {
    const t0 = performance.now();
    try {
      return await innerCommit(batches);
    } finally {
      commits.push(performance.now() - t0);
    }
  };
  // Mutated in place by the `rateLimit` request: the socket handlers read this very object.
  const rateLimit = rateLimitFromEnv();
  // Every bench participant comes from 127.0.0.1: the per-address socket limits are lifted.
  const unlimited = { perSecond: 1e9, burst: 1e9, cutAfter: Number.POSITIVE_INFINITY };
  const app = createApp({
    store,
    ...cluster,
    rateLimit,
    socketLimits: {
      commandsPerAddress: unlimited,
      pingsPerAddress: unlimited,
      newIdentities: { limit: 1e9, windowMs: 1 },
    },
    logger,
    // As `palabre serve` does.
    startLanguageWorker: true,
  });
  const port = await app.listen(0, '127.0.0.1');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close().catch(() => {});
    await allocations?.stop();
    rmSync(dir, { recursive: true, force: true });
    // A normal exit, so --cpu-prof writes its profile.
    process.exit(0);
  };

  process.on('message', (m: ServerRequest) => {
    switch (m.type) {
      case 'stats': {
        const cpu = process.cpuUsage();
        const diag = diagnosticsAndGc();
        const taken = commits;
        commits = [];
        setTimeout(() => {
          const mem = memorySnapshot();
          send({
            type: 'stats',
            rss: mem.rss,
            heapUsed: mem.heapUsed,
            mem,
            batches: app.committer.stats.batches,
            ops: app.committer.stats.ops,
            commits: taken,
            cpuUs: cpu.user + cpu.system,
            ...diag,
          });
        }, SETTLE_MS);
        return;
      }
      case 'rateLimit':
        Object.assign(rateLimit, { perSecond: m.perSecond, burst: m.burst, cutAfter: m.cutAfter });
        send({ type: 'ok' });
        return;
      case 'stop':
        void stop();
        return;
    }
  });
  // The bench went away: do not linger.
  process.on('disconnect', () => void stop());
  process.on('SIGTERM', () => void stop());
  send({ type: 'ready', port, dir });
}

main().catch((e) => {
  process.stderr.write(`bench server failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
