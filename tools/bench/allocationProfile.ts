// Where the server allocates, for `palabre bench --alloc-profile DIR`: V8's sampling heap profiler
// over the inspector, counting objects the GC has already collected too (the default keeps only
// what is still alive at the end, which hides the churn that makes the collector busy). Written as
// DIR/ALLOC.<pid>.heapprofile, read with `npx tsx tools/bench/allocationTop.ts FILE [count]`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

export interface AllocationProfiler {
  stop(): Promise<string>;
}

/** One sample per this many bytes allocated, on average (V8's default is 32 KB). */
const SAMPLING_INTERVAL = 16 * 1024;

export async function startAllocationProfile(dir: string): Promise<AllocationProfiler> {
  // As --cpu-prof-dir does for --profile: a folder that is not there yet is made, not a lost profile.
  mkdirSync(dir, { recursive: true });
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: SAMPLING_INTERVAL,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  return {
    async stop() {
      const { profile } = await session.post('HeapProfiler.stopSampling');
      session.disconnect();
      const file = join(dir, `ALLOC.${process.pid}.heapprofile`);
      writeFileSync(file, JSON.stringify(profile));
      return file;
    },
  };
}
