// Where a bench server's time goes between two `stats` requests (garbage-collection pauses and
// event-loop delay), and its memory, read the same way in the Palabre server process and the bare
// baseline (see docs/performance.md, phase 1).
import { readFileSync } from 'node:fs';
import { PerformanceObserver, monitorEventLoopDelay } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';

const gc = (globalThis as { gc?: () => void }).gc;
let gcPauses: number[] = [];
/** GCs the stats request itself forces are not the workload's. */
let ownGcUntil = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.startTime > ownGcUntil) gcPauses.push(e.duration);
}).observe({ entryTypes: ['gc'] });
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();

/**
 * The pauses and delays since the last call; then a full GC (not counted) and the young generation
 * made wholly resident (`touchYoungGeneration`), so RSS reads settle and compare.
 */
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
  touchYoungGeneration();
  gc?.();
  gc?.();
  ownGcUntil = performance.now();
  return out;
}

/** Where the process's memory is, in bytes: what `process.memoryUsage()` and V8 say, and the kernel's split of RSS. */
export interface MemorySnapshot {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** V8 heap spaces: committed size (`size`) and used bytes, by space name. */
  spaces: Record<string, { size: number; used: number }>;
  /** /proc/self/status (Linux only; 0 elsewhere): anonymous, file-backed and shared-memory RSS. */
  rssAnon: number;
  rssFile: number;
  rssShmem: number;
}

function procStatus(): { rssAnon: number; rssFile: number; rssShmem: number } {
  try {
    const text = readFileSync('/proc/self/status', 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
    return { rssAnon: kb('RssAnon'), rssFile: kb('RssFile'), rssShmem: kb('RssShmem') };
  } catch {
    return { rssAnon: 0, rssFile: 0, rssShmem: 0 };
  }
}

export function memorySnapshot(): MemorySnapshot {
  const m = process.memoryUsage();
  const spaces: MemorySnapshot['spaces'] = {};
  for (const s of getHeapSpaceStatistics()) spaces[s.space_name] = { size: s.space_size, used: s.space_used_size };
  return {
    rss: m.rss,
    heapTotal: m.heapTotal,
    heapUsed: m.heapUsed,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
    spaces,
    ...procStatus(),
  };
}

const newSpaceSize = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;

/** Keeps the objects of the touch loop reachable, so the optimizer cannot drop their allocation. */
const touchSlots: unknown[] = [null, null];

/**
 * Makes every page of the young generation (both semi-spaces) resident, with short-lived objects
 * only (nothing survives, nothing is promoted). How much of the young generation is resident
 * otherwise depends on where the allocator happened to be, and V8 moves whole resident pages of it
 * to the old generation: read right after a GC, RSS then hides up to ~10 MB of old-generation growth
 * (or counts young pages first touched in between). Measured in a standalone script: retaining 14 MB
 * after a grown young generation added 4.5 MB of RSS without this, 15.4 MB with it.
 */
function touchYoungGeneration(): void {
  // An object with a two-element array is 64+ bytes: this allocates at least twice the committed size.
  const n = Math.ceil(newSpaceSize() / 32);
  for (let i = 0; i < n; i++) touchSlots[i & 1] = { i, a: [i, i] };
  touchSlots[0] = touchSlots[1] = null;
}

/** V8 returns freed pages from a background task: memory is read this long after the GC. */
export const SETTLE_MS = 100;

/**
 * The memory a process holds: RSS without the JS heap's committed but unused space (`heapTotal −
 * heapUsed`: the young generation's capacity, which V8 sizes by the allocation rate, and free space
 * left in heap pages after the GC). Live JS objects count byte for byte; everything outside the JS
 * heap (sockets, buffers, SQLite, malloc) counts as resident memory. The same formula for both servers.
 */
export const heldBytes = (m: MemorySnapshot) => m.rss - (m.heapTotal - m.heapUsed);
