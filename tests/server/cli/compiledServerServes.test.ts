// `npm start` runs the compiled server (dist/server/cli.js, esbuild), with plain node and no tsx:
// it builds, starts on a free port, answers /healthz, creates a session and converts a .docx brief.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/paths.js';
import { seedLikeDocx } from '../http/briefDocx.js';

const dataDir = mkdtempSync(join(tmpdir(), 'palabre-compiled-'));
let stop = () => {};
afterAll(() => {
  stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the compiled server', () => {
  it('starts with plain node and serves the API', { timeout: 60_000 }, async () => {
    execFileSync(process.execPath, [resolve(REPO_ROOT, 'scripts/build-server.mjs')], { stdio: 'pipe' });
    const proc = spawn(process.execPath, [resolve(REPO_ROOT, 'dist/server/cli.js'), 'serve'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    stop = () => proc.kill('SIGKILL');
    let out = '';
    const port = await new Promise<number>((ok, fail) => {
      proc.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /running on http:\/\/localhost:(\d+)/.exec(out);
        if (m) ok(Number(m[1]));
      });
      proc.stderr.on('data', (b: Buffer) => (out += b.toString()));
      proc.on('exit', (code) => fail(new Error(`exited ${code}: ${out}`)));
    });
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const created = await fetch(`http://127.0.0.1:${port}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"title":"Compiled"}',
    });
    expect(created.status).toBe(201);
    expect(((await created.json()) as { code: string }).code).toMatch(/^[A-Z0-9]{6}$/);
    // A .docx brief is converted in the worker the build wrote beside the bundle.
    const imported = await fetch(`http://127.0.0.1:${port}/api/briefs/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
      body: new Uint8Array(await seedLikeDocx()),
    });
    expect(imported.status, await imported.clone().text()).toBe(200);
    const brief = (await imported.json()) as { definition: { speakers: unknown[] } };
    expect(brief.definition.speakers.length).toBeGreaterThan(0);
  });
});
