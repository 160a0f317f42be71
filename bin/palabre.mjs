#!/usr/bin/env node
// Runs the compiled CLI (dist/server/cli.js), compiling it first when it is not there yet
// (`npm run build` or `npm start` refresh it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = resolve(root, 'dist/server/cli.js');
if (!existsSync(cli)) {
  const b = spawnSync(process.execPath, [resolve(root, 'scripts/build-server.mjs')], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const r = spawnSync(process.execPath, ['--enable-source-maps', cli, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
