// Where a worker thread's entry file is, in both ways the server runs:
// - from sources (tsx, vitest): `<name>.ts` beside the calling module, loaded through tsx's
//   `tsImport` by a one-line bootstrap (on Node 20, `execArgv: ['--import', 'tsx']` does not reach a
//   worker's entry module: "Unknown file extension .ts");
// - compiled: the caller is inside the bundle `dist/server/cli.js`, and `<name>.js` is an entry of
//   its own written beside it by scripts/build-server.mjs (`dist/server/<name>.js`).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

export function workerEntry(callerUrl: string, name: string): { entry: string | URL; options: WorkerOptions } {
  if (!/\.[cm]?ts$/.test(new URL(callerUrl).pathname))
    return { entry: new URL(`./${name}.js`, callerUrl), options: {} };
  // tsx's "exports" map: `tsx/esm/api` → dist/esm/api/index.mjs for `import` (require() finds the CJS one).
  const tsxDir = dirname(createRequire(callerUrl).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const worker = new URL(`./${name}.ts`, callerUrl).href;
  const boot = `import(${JSON.stringify(api)}).then((t) => t.tsImport(${JSON.stringify(worker)}, ${JSON.stringify(worker)}))`;
  return { entry: boot, options: { eval: true } };
}
