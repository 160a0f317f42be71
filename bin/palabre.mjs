#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `palabre` works from a fresh `npm install` with no build step.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const tsx = resolve(dirname(require.resolve('tsx/package.json')), 'dist/cli.mjs');
const r = spawnSync(process.execPath, [tsx, resolve(here, '../server/cli.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
