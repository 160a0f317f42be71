// A throwaway PostgreSQL cluster for tests: initdb + pg_ctl in a temporary folder, on a free
// loopback port, owned by the postgres user when the tests run as root (initdb refuses root).
// Never a shared cluster. `pgAvailable()` says whether this machine has PostgreSQL's binaries; in CI
// their absence is an error (the suite must not skip silently), elsewhere the suite says it skips.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function binDir(): string | null {
  const fromConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (fromConfig.status === 0 && existsSync(join(fromConfig.stdout.trim(), 'initdb'))) return fromConfig.stdout.trim();
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(base, v, 'bin/initdb'))) return join(base, v, 'bin');
  return null;
}

const BIN = binDir();

/** True when PostgreSQL's server binaries are installed. */
export const pgAvailable = (): boolean => BIN !== null;

/** Use as `describe.skipIf(skipPg())`: throws in CI when PostgreSQL is missing, warns elsewhere. */
export function skipPg(suite: string): boolean {
  if (BIN) return false;
  if (process.env.CI) throw new Error(`${suite}: PostgreSQL is not installed, and CI must run this suite`);
  console.warn(`${suite}: skipped, PostgreSQL's binaries (initdb, pg_ctl) are not installed on this machine`);
  return true;
}

const asRoot = process.getuid?.() === 0;
const pgUid = (): { uid: number; gid: number } => {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
};

function run(cmd: string, args: string[]): void {
  const full = join(BIN!, cmd);
  const r = asRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', full, ...args], { encoding: 'utf8' })
    : spawnSync(full, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface PgCluster {
  url: string;
  port: number;
  /** `pg_ctl stop -m immediate`: a crash, as far as clients can tell. */
  stopImmediate(): void;
  start(): void;
  /** Stops the cluster and removes its folder. */
  destroy(): void;
}

export async function startPgCluster(): Promise<PgCluster> {
  if (!BIN) throw new Error('PostgreSQL is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'palabre-pg-'));
  chmodSync(dir, 0o700);
  if (asRoot) {
    const { uid, gid } = pgUid();
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c synchronous_commit=on`;
  const start = () => run('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  start();
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stopImmediate: () => run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']),
    start,
    destroy() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
