// `palabre serve` as a child process on a PostgreSQL URL, so a signal (SIGSTOP, SIGKILL) hits that
// node alone and not the test's own process.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const cli = resolve(__dirname, '../../server/cli.ts');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface NodeProcess {
  child: ChildProcess;
  url: string;
  port: number;
  /** SIGCONT then SIGKILL unless it has already exited; resolves once it has. */
  kill(): Promise<void>;
}

export function serveProcess(databaseUrl: string): Promise<NodeProcess> {
  const child = spawn(process.execPath, ['--import', tsx, cli, 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (b: Buffer) => (err += b.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGCONT');
      child.kill('SIGKILL');
    }
    await exited;
  };
  return new Promise((done, fail) => {
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /running on http:\/\/localhost:(\d+)/.exec(out);
      if (m) done({ child, url: `http://127.0.0.1:${m[1]}`, port: Number(m[1]), kill });
    });
    child.once('exit', (code) => fail(new Error(`palabre serve exited (${code}): ${err}`)));
  });
}
