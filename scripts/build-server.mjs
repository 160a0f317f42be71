// Compiles the server for `npm start` into dist/server/ with esbuild: one ESM bundle per entry,
// dependencies left as imports (node_modules), no tsx at run time. Workers are entries of their own
// because they run as separate files (new Worker(url)).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// The workers are found beside the bundle (server/brief/convert.ts, convertWorkerEntry;
// server/store/sqliteWorkerStore.ts, sqliteWorkerEntry; server/report/renderPool.ts, renderWorker;
// server/language/languageWorker.ts, detectWorker).
const entries = [
  { out: 'cli', in: 'server/cli.ts' },
  { out: 'convertWorker', in: 'server/brief/convertWorker.ts' },
  { out: 'sqliteWorker', in: 'server/store/sqliteWorker.ts' },
  { out: 'renderWorker', in: 'server/report/renderWorker.ts' },
  { out: 'detectWorker', in: 'server/language/detectWorker.ts' },
].filter((e) => existsSync(root + e.in));
await build({
  absWorkingDir: root,
  entryPoints: entries,
  outdir: 'dist/server',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
