// Compiles the server for `npm start` into dist/server/ with esbuild: one ESM bundle per entry,
// dependencies left as imports (node_modules), no tsx at run time. Workers are entries of their own
// because they run as separate files (new Worker(url)).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const entries = ['server/cli.ts', 'server/brief/convertWorker.ts'].filter((f) => existsSync(root + f));
await build({
  absWorkingDir: root,
  entryPoints: entries,
  outdir: 'dist/server',
  outbase: 'server',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
