// BENCH (smoke, cluster mode): `palabre bench --participants 20 --nodes 2 --json` starts a throwaway
// PostgreSQL and two Palabre nodes on it after the single-node run, prints one JSON object with a
// `cluster` object of the documented shape, and loses or duplicates no answer on either. No timing is
// asserted: the bench is a benchmark, never a timed test.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { skipPg } from '../../helpers/pgCluster.js';

const cli = resolve(dirname(fileURLToPath(import.meta.url)), '../../../server/cli.ts');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

function runBench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise) => {
    // `palabre bench`, run directly (not through bin/, whose extra process would outlive a kill).
    const p = spawn(process.execPath, ['--import', tsx, cli, 'bench', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    p.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    // SIGTERM first: the bench then stops its children and its PostgreSQL.
    const guard = setTimeout(() => p.kill('SIGTERM'), 80_000);
    const hard = setTimeout(() => p.kill('SIGKILL'), 86_000);
    p.on('exit', (code) => {
      clearTimeout(guard);
      clearTimeout(hard);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

const num = expect.any(Number);

describe.skipIf(skipPg('palabre bench --nodes 2'))('palabre bench --nodes 2', () => {
  it('adds a cluster object beside the single-node figures, no answer lost or duplicated', {
    timeout: 90_000,
  }, async () => {
    const r = await runBench(['--participants', '20', '--nodes', '2', '--json', '--probes', '10']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const j = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(j).toMatchObject({ participants: 20, fanout: { p95: num }, lost: 0, duplicated: 0 });
    expect(j.cluster).toMatchObject({
      nodes: 2,
      participants: 20,
      participantsPerNode: [10, 10],
      fanout: {
        localP50: num,
        localP95: num,
        crossP50: num,
        crossP95: num,
        singleNodeP95: num,
        localRatio: num,
        crossRatio: num,
        missed: num,
      },
      answers: {
        perSecond: num,
        singleNodePerSecond: num,
        ratio: num,
        offeredPerSecond: num,
        ackP50: num,
        ackP95: num,
        singleNodeAckP95: num,
        ackRatio: num,
      },
      lost: 0,
      duplicated: 0,
      target: { crossRatioMax: 1.5, met: expect.any(Boolean) },
    });
    const c = j.cluster as { answers: { perSecond: number }; check: { intended: number; stored: number } };
    expect(c.answers.perSecond).toBeGreaterThan(0);
    expect(c.check.intended).toBeGreaterThan(0);
    expect(c.check.stored).toBe(c.check.intended);
  });
});
