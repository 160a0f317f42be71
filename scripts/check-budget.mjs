// Fails the build when the participant's first load ships more than 40 KB of gzipped JavaScript
// (run by scripts/build.mjs, so by `npm run build`, `npm start` and the browser tests' build).
// First load = the scripts the page references plus their static imports: one file since the
// participant page is built as a single script (the server inlines it into the page). The page is
// built once per interface language (participant.fr.html, .en.html, .es.html): each is checked.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET = 40 * 1024;
const dist = process.env.DIST_DIR ?? new URL('../dist/client/', import.meta.url).pathname;
const pages = ['fr', 'en', 'es'].map((l) => `participant.${l}.html`).filter((p) => existsSync(join(dist, p)));
if (!pages.length) pages.push('participant.html');

function weigh(page) {
  const html = readFileSync(join(dist, page), 'utf8');
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
  return { page, files: [...files], gzipBytes: total };
}

const results = pages.map(weigh);
let over = false;
for (const r of results) {
  const kb = (r.gzipBytes / 1024).toFixed(1);
  if (!process.argv.includes('--json'))
    console.log(`${r.page} first-load JavaScript: ${kb} KB gzipped (${r.files.length} files; budget 40 KB)`);
  if (r.gzipBytes > BUDGET) {
    console.error(`Participant JavaScript budget exceeded (${r.page}): ${kb} KB > 40 KB`);
    over = true;
  }
}
if (process.argv.includes('--json')) console.log(JSON.stringify(results));
if (over) process.exit(1);
