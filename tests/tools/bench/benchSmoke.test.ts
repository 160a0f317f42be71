// BENCH (smoke): `palabre bench --participants 20 --json` runs to the end on its own, prints one JSON
// object of the documented shape, and loses or duplicates no answer. No timing is asserted: the
// bench is a benchmark, never a timed test.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

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
    const guard = setTimeout(() => p.kill('SIGKILL'), 280_000);
    p.on('exit', (code) => {
      clearTimeout(guard);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

const num = expect.any(Number);

describe('palabre bench', () => {
  it('prints one JSON object with every figure, and no answer lost or duplicated', { timeout: 300_000 }, async () => {
    const r = await runBench(['--participants', '20', '--json', '--probes', '10']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const j = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(j).toMatchObject({
      participants: 20,
      fanout: { p50: num, p95: num, p99: num, bareP95: num, ratio: num },
      answers: { perSecond: num, barePerSecond: num, ratio: num, ackP50: num, ackP95: num },
      memory: {
        perParticipantKB: num,
        barePerParticipantKB: num,
        ratio: num,
        heldPerParticipantKB: num,
        bareHeldPerParticipantKB: num,
        heldRatio: num,
      },
      lost: 0,
      duplicated: 0,
    });
    const answers = j.answers as { perSecond: number };
    expect(answers.perSecond).toBeGreaterThan(0);
    const details = j.details as {
      check: { intended: number; stored: number };
      answers: { saturationCpuUsPerAnswer: number; bareSaturationCpuUsPerAnswer: number };
    };
    // Both servers' CPU per answer at saturation is measured (a cost, never a threshold).
    expect(details.answers.saturationCpuUsPerAnswer).toBeGreaterThan(0);
    expect(details.answers.bareSaturationCpuUsPerAnswer).toBeGreaterThan(0);
    expect(details.check.intended).toBeGreaterThan(0);
    expect(details.check.stored).toBe(details.check.intended);
  });
});
