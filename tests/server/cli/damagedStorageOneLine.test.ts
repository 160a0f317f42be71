// Damaged storage at start: `palabre serve` exits non-zero with ONE line naming the file, what is
// wrong and what to do; no stack trace.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const cli = resolve(__dirname, '../../../server/cli.ts');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('palabre serve', () => {
  it('says which file is damaged and what to do, in one line', async () => {
    dir = mkdtempSync(join(tmpdir(), 'palabre-damaged-'));
    const file = join(dir, 'palabre.sqlite');
    writeFileSync(file, 'this is not a database, just some garbage bytes '.repeat(200));
    const p = spawn(process.execPath, ['--import', tsx, cli, 'serve'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    p.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = setTimeout(() => p.kill('SIGKILL'), 25_000);
    const code = await new Promise<number | null>((r) => p.once('exit', (c) => r(c)));
    clearTimeout(timer);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(/not a Palabre database|damaged/);
    expect(lines[0]).toMatch(/backup/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
