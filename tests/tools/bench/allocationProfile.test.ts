// THE BENCH'S ALLOCATION PROFILE is written where `--alloc-profile DIR` says, even when DIR does not
// exist yet (it was silently lost then), and holds V8's sampled allocation tree.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startAllocationProfile } from '../../../tools/bench/allocationProfile.js';

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('allocation profile', () => {
  it('makes its folder and writes the sampled allocations there', async () => {
    dir = mkdtempSync(join(tmpdir(), 'palabre-alloc-'));
    const target = join(dir, 'not', 'there', 'yet');
    const profiler = await startAllocationProfile(target);
    const kept: string[][] = [];
    for (let i = 0; i < 2_000; i++) kept.push(Array.from({ length: 50 }, (_, j) => `${i}:${j}`));
    const file = await profiler.stop();
    expect(kept.length).toBe(2_000);
    expect(file.startsWith(target)).toBe(true);
    expect(existsSync(file)).toBe(true);
    const profile = JSON.parse(readFileSync(file, 'utf8')) as { head: { children: unknown[] }; samples: unknown[] };
    expect(profile.head.children.length).toBeGreaterThan(0);
    expect(profile.samples.length).toBeGreaterThan(0);
  });
});
