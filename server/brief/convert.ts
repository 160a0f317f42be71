// Converts a .docx brief in a worker thread with a memory limit and a time limit, so a hostile file
// (a decompression bomb, XML that makes the converter crawl) costs its sender an error and nobody
// else anything: the main thread keeps serving while the worker runs, and a worker over its limits
// is terminated. The archive's declared sizes are checked here first, so most bombs are refused
// without starting a worker at all.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { WorkerReply } from './convertWorker.js';
import { checkDeclaredSizes } from './zipCheck.js';

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

/**
 * Where the worker's entry is, in both ways the server runs:
 * - from sources (tsx, vitest): this file is `server/brief/convert.ts` and the worker is
 *   `server/brief/convertWorker.ts` beside it, loaded through tsx's `tsImport` by a one-line
 *   bootstrap (on Node 20, `execArgv: ['--import', 'tsx']` does not reach a worker's entry module:
 *   "Unknown file extension .ts");
 * - compiled (esbuild bundles the server into one file, `dist/server/cli.js`, scripts/build-server.mjs): this code is
 *   inside that bundle, and `server/brief/convertWorker.ts` must be a second esbuild entry point
 *   written beside it as `convertWorker.js` (`dist/server/convertWorker.js`), bundled too.
 */
export function convertWorkerEntry(): { entry: string | URL; options: WorkerOptions } {
  const here = import.meta.url;
  if (!/\.[cm]?ts$/.test(new URL(here).pathname)) return { entry: new URL('./convertWorker.js', here), options: {} };
  // tsx's "exports" map: `tsx/esm/api` → dist/esm/api/index.mjs for `import` (require() finds the CJS one).
  const tsxDir = dirname(createRequire(here).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const worker = new URL('./convertWorker.ts', here).href;
  const boot = `import(${JSON.stringify(api)}).then((t) => t.tsImport(${JSON.stringify(worker)}, ${JSON.stringify(worker)}))`;
  return { entry: boot, options: { eval: true } };
}

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
  const { entry, options } = convertWorkerEntry();
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
