// Where a bench server's time goes between two `stats` requests: garbage-collection pauses and
// event-loop delay. Shared by the Palabre server process and the bare baseline.
import { PerformanceObserver, monitorEventLoopDelay } from 'node:perf_hooks';

const gc = (globalThis as { gc?: () => void }).gc;
let gcPauses: number[] = [];
/** GCs the stats request itself forces are not the workload's. */
let ownGcUntil = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.startTime > ownGcUntil) gcPauses.push(e.duration);
}).observe({ entryTypes: ['gc'] });
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();

/** The pauses and delays since the last call; then a full GC (not counted) so RSS reads settle. */
export function diagnosticsAndGc() {
  const out = {
    gcMs: Math.round(gcPauses.reduce((a, b) => a + b, 0)),
    gcMaxMs: Math.round(Math.max(0, ...gcPauses)),
    loopDelayP99Ms: Math.round(loopDelay.percentile(99) / 1e6),
    loopDelayMaxMs: Math.round(loopDelay.max / 1e6),
  };
  gcPauses = [];
  loopDelay.reset();
  gc?.();
  gc?.();
  ownGcUntil = performance.now();
  return out;
}
