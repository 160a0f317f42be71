// Fails the build when the participant's first load ships more than 40 KB of gzipped JavaScript
// (run by scripts/build.mjs, so by `npm run build`, `npm start` and the browser tests' build).
// First load = the scripts participant.html references plus their static imports: one file since the
// participant page is built as a single script (the server inlines it into the page).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET = 40 * 1024;
const dist = process.env.DIST_DIR ?? new URL('../dist/client/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'participant.html'), 'utf8');
const files = new Set();
for (const m of html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)) files.add(m[1]);
// Follow static imports inside the chunks (Vite hoists them, but be thorough).
const queue = [...files];
while (queue.length) {
  const f = queue.pop();
  const code = readFileSync(join(dist, f), 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) {
    const dep = `assets/${m[1]}`;
    if (files.has(dep)) continue;
    files.add(dep);
    queue.push(dep);
  }
}
let total = 0;
for (const f of files) total += gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
const kb = (total / 1024).toFixed(1);
if (process.argv.includes('--json')) console.log(JSON.stringify({ files: [...files], gzipBytes: total }));
else console.log(`participant first-load JavaScript: ${kb} KB gzipped (${files.size} files; budget 40 KB)`);
if (total > BUDGET) {
  console.error(`Participant JavaScript budget exceeded: ${kb} KB > 40 KB`);
  process.exit(1);
}
