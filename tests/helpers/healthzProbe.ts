// Probes /healthz every 20 ms from a child process (in the test's own process a blocked event loop
// would delay the probes unseen) while `work` runs, and checks the server kept answering: rendering
// on the event loop blocks it for 0.5–1.3 s at once, every probe in flight waiting that long; off
// it, probes answer within 100 ms, and on a busy 2-core machine one may be late, never by that much.
import { spawn } from 'node:child_process';
import { expect } from 'vitest';
import { waitFor } from './waitFor.js';

const PROBE = `
const url = process.argv[1];
(async () => {
  for (;;) {
    const t0 = Date.now(), p0 = performance.now();
    const r = await fetch(url);
    await r.arrayBuffer();
    process.stdout.write(t0 + ' ' + (performance.now() - p0).toFixed(1) + ' ' + r.status + '\\n');
    await new Promise((res) => setTimeout(res, 20));
  }
})();`;

export async function expectHealthyDuring<T>(serverUrl: string, work: () => Promise<T>): Promise<T> {
  const probe = spawn(process.execPath, ['-e', PROBE, `${serverUrl}/healthz`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let lines = '';
  probe.stdout.on('data', (b: Buffer) => {
    lines += b.toString();
  });
  try {
    await waitFor(() => lines.includes('\n'), { what: 'the probe running', timeout: 20_000 });
    const start = Date.now();
    const out = await work();
    const end = Date.now();
    const during = lines
      .trim()
      .split('\n')
      .map((l) => l.split(' ').map(Number) as [number, number, number])
      .filter(([t0]) => t0 >= start && t0 <= end);
    // The probes ran during the work (it takes seconds), not only after it.
    expect(during.length).toBeGreaterThan(10);
    expect(during.every(([, , status]) => status === 200)).toBe(true);
    const latencies = during.map(([, ms]) => ms);
    expect(latencies.filter((ms) => ms >= 100).length).toBeLessThanOrEqual(1);
    expect(Math.max(...latencies)).toBeLessThan(400);
    return out;
  } finally {
    probe.kill();
  }
}
