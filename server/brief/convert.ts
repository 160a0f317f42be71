import { Worker } from 'node:worker_threads';
import type { WorkerReply } from './convertWorker.js';
import { checkDeclaredSizes } from './zipCheck.js';
import { workerEntry } from '../workerEntry.js';

export const CONVERT_LIMITS = {
  /** Old-generation heap of one conversion, in MB (mammoth needs ~70 bytes per byte of XML). */
  memoryMb: 256,
  /** Time for one conversion once the worker is up. */
  timeoutMs: 5_000,
  /** Time for the worker to start (from TypeScript sources, tsx compiles it first). */
  startMs: 30_000,
  /** Conversions at once (the others wait their turn, up to `queue`). */
  concurrent: 2,
  queue: 8,
};

export type ConvertResult = WorkerReply | { ok: false; reason: 'busy'; detail: string };

let running = 0;
const waiting: (() => void)[] = [];

/** The text of a .docx brief, or why not: `too_large` (413), `invalid` (400), `busy` (503). */
export async function convertDocx(buffer: Buffer, limits = CONVERT_LIMITS): Promise<ConvertResult> {
  const declared = checkDeclaredSizes(buffer);
  if (!declared.ok) return declared;
  if (running >= limits.concurrent) {
    if (waiting.length >= limits.queue) return { ok: false, reason: 'busy', detail: 'too many conversions' };
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
  try {
    return await inWorker(buffer, limits);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function inWorker(buffer: Buffer, limits: typeof CONVERT_LIMITS): Promise<ConvertResult> {
  const { entry, options } = workerEntry(import.meta.url, 'convertWorker');
  const worker = new Worker(entry, {
    ...options,
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32 },
  });
  return new Promise<ConvertResult>((resolve) => {
    let timer = setTimeout(
      () => finish({ ok: false, reason: 'too_large', detail: 'worker did not start' }),
      limits.startMs,
    );
    const finish = (r: ConvertResult) => {
      clearTimeout(timer);
      resolve(r);
      void worker.terminate();
    };
    worker.on('message', (m: 'ready' | WorkerReply) => {
      if (m !== 'ready') return finish(m);
      clearTimeout(timer);
      timer = setTimeout(
        () => finish({ ok: false, reason: 'too_large', detail: `conversion over ${limits.timeoutMs} ms` }),
        limits.timeoutMs,
      );
      const copy = new Uint8Array(buffer);
      worker.postMessage(copy, [copy.buffer]);
    });
    // ERR_WORKER_OUT_OF_MEMORY when over the memory limit: the file is too large to convert.
    worker.on('error', (e: Error & { code?: string }) =>
      finish({ ok: false, reason: e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too_large' : 'invalid', detail: String(e) }),
    );
    worker.on('exit', () => finish({ ok: false, reason: 'invalid', detail: 'worker exited' }));
  });
}
