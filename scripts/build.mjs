// Builds the client (dist/client): the staff app, then the participant's single-file page into the same folder.
// Usage: node scripts/build.mjs [--outDir DIR]   (the browser tests build into a folder of their own)
// Always a production build, even when called from vitest (NODE_ENV=test would build Solid's dev mode).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const i = process.argv.indexOf('--outDir');
const outDir = i > 0 ? ['--outDir', process.argv[i + 1]] : [];
const run = (env) =>
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn', ...outDir], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
run({ PALABRE_ENTRY: '' });
// The phone's page once per interface language (participant.fr.html, .en.html, .es.html).
for (const lang of ['fr', 'en', 'es']) run({ PALABRE_ENTRY: 'participant', PALABRE_LANG: lang });
// The participant's JavaScript budget (40 KB gzipped): over it, the build fails.
execFileSync(process.execPath, [fileURLToPath(new URL('./check-budget.mjs', import.meta.url))], {
  stdio: 'inherit',
  env: { ...process.env, ...(i > 0 ? { DIST_DIR: process.argv[i + 1] } : {}) },
});
