// The `palabre` command: serve, import-brief, report, bench.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createApp } from './app.js';
import { consoleLogger } from './log.js';
import { CLIENT_DIR, ROOT } from './paths.js';
import { lockDataDir } from './store/lock.js';
import { translatorFrom } from './translate/fromEnv.js';
import type { SessionStore } from './store/sessionStore.js';
import { createSqliteWorkerStore } from './store/sqliteWorkerStore.js';

const io = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s) };

const USAGE = `Usage: palabre <command>
  serve                         serve Palabre (PORT, HOST, DATA_DIR, DATABASE_URL, PUBLIC_URL, ALLOWED_ORIGINS, TRUST_PROXY,
                                TRANSLATE_URL, TRANSLATE_API)
  migrate-store --from sqlite:<file> --to postgres://...
                                copy every session to PostgreSQL and verify each one
  import-brief <file>           print a session definition read from a brief (.txt, .md, .docx)
  report <archive.json> --format docx|pdf|html|md|csv --out <file>
  bench [--participants N] [--json]
  admin add-organizer --email E create an organizer account (password on stdin or at the prompt)
`;

async function serve(): Promise<number> {
  const port = Number(process.env.PORT ?? 3000);
  const logger = consoleLogger((process.env.LOG_LEVEL as 'info') ?? 'info');
  const databaseUrl = process.env.DATABASE_URL?.trim();
  let store: SessionStore;
  let where: string;
  let cluster: Pick<Parameters<typeof createApp>[0], 'shared' | 'clusterPresence'> = {};
  if (databaseUrl) {
    // Cluster mode: any number of nodes on one PostgreSQL. A wrong URL stops here with one line.
    if (!/^postgres(ql)?:\/\//.test(databaseUrl))
      throw new Error(`DATABASE_URL must be a postgres:// URL (got ${databaseUrl.split(':')[0]}:…)`);
    const { createPgSessionStore, redactUrl } = await import('./store/pgSessionStore.js');
    const { createClusterPresence } = await import('./cluster/presence.js');
    store = await createPgSessionStore(databaseUrl, { log: logger });
    const clusterPresence = await createClusterPresence(databaseUrl, { log: logger }).catch(async (e: unknown) => {
      await store.close();
      throw e;
    });
    cluster = { shared: true, clusterPresence };
    where = `PostgreSQL at ${redactUrl(databaseUrl)}, node ${clusterPresence.nodeId}`;
  } else {
    const dataDir = resolve(process.env.DATA_DIR ?? 'data');
    mkdirSync(dataDir, { recursive: true });
    // Before the store opens: a second server on this folder stops here, with one line saying why.
    const unlock = lockDataDir(dataDir);
    try {
      // SQLite in a worker thread: a commit's fsync never blocks the event loop.
      store = await createSqliteWorkerStore(resolve(dataDir, 'palabre.sqlite'));
    } catch (e) {
      unlock();
      throw e;
    }
    where = `data in ${dataDir}`;
  }
  const app = createApp({
    store,
    ...cluster,
    logger,
    startLanguageWorker: true,
    staticDir: CLIENT_DIR,
    publicUrl: process.env.PUBLIC_URL,
    // Comma-separated browser origins allowed to open a socket besides PUBLIC_URL (or the Host).
    allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustProxy: process.env.TRUST_PROXY === '1' || process.env.TRUST_PROXY === 'true',
    // Optional, self-hosted: without TRANSLATE_URL no text ever leaves this server for translation.
    translator: translatorFrom({
      url: process.env.TRANSLATE_URL,
      api: process.env.TRANSLATE_API,
      apiKey: process.env.TRANSLATE_API_KEY,
    }),
  });
  const actual = await app.listen(port, process.env.HOST);
  io.stdout(`Palabre is running on http://localhost:${actual} (${where})\n`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return new Promise(() => {});
}

/** The benchmark is a development tool (tools/bench, run through tsx), not part of the server. */
function bench(args: string[]): Promise<number> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = spawn(process.execPath, ['--import', tsx, resolve(ROOT, 'tools/bench/main.ts'), ...args], {
    stdio: 'inherit',
  });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.once('SIGINT', forward('SIGINT')).once('SIGTERM', forward('SIGTERM'));
  return new Promise((done) => child.on('exit', (code) => done(code ?? 1)));
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...args] = argv;
  switch (cmd) {
    case 'serve':
    case undefined:
      return serve();
    case 'import-brief': {
      const { importBriefCommand } = await import('./cli/importBrief.js');
      return importBriefCommand(args, io);
    }
    case 'report': {
      const { reportCommand } = await import('./cli/report.js');
      return reportCommand(args, io);
    }
    case 'bench':
      return bench(args);
    case 'admin': {
      const { adminCommand } = await import('./cli/admin.js');
      return adminCommand(args, { ...io, stdin: process.stdin, prompt: process.stderr });
    }
    case 'migrate-store': {
      const { migrateStoreCommand } = await import('./cli/migrateStore.js');
      return migrateStoreCommand(args, io);
    }
    case '--help':
    case 'help':
      io.stdout(USAGE);
      return 0;
    default:
      io.stderr(`Unknown command: ${cmd}\n${USAGE}`);
      return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
