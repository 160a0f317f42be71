// Two servers on one data folder would each keep rooms the other's writes contradict: the second
// `palabre serve` refuses to start with one line saying which folder and which pid holds it.
// A lock left by a server killed with SIGKILL is stale and does not stop the next start.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startServerChild, type ServerChild } from '../faults/serverChild.js';

const cli = resolve(__dirname, '../../../server/cli.ts');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

let first: ServerChild | undefined;
let dir = '';
afterEach(async () => {
  await first?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function serveOnce(dataDir: string): Promise<{ code: number | null; stderr: string }> {
  const p = spawn(process.execPath, ['--import', tsx, cli, 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  p.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const timer = setTimeout(() => p.kill('SIGKILL'), 25_000);
  return new Promise((r) =>
    p.once('exit', (code) => {
      clearTimeout(timer);
      r({ code, stderr });
    }),
  );
}

describe('palabre serve', () => {
  it('refuses to start on a data folder another server is using', async () => {
    dir = mkdtempSync(join(tmpdir(), 'palabre-lock-'));
    first = await startServerChild(dir);
    const second = await serveOnce(dir);
    expect(second.code).not.toBe(0);
    expect(second.code).not.toBeNull();
    const lines = second.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`pid ${first.proc.pid}`);
    expect(lines[0]).toContain(dir);
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);

    await first.kill9();
    first = await startServerChild(dir);
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
  });
});
