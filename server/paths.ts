// Where the installation lives, found the same way from the TypeScript source (server/) and from
// the compiled bundle (dist/server/): the nearest folder up with Palabre's package.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'palabre') return dir;
    if (dirname(dir) === dir) throw new Error(`palabre: no package.json of palabre above ${from}`);
  }
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
/** The built client, served as static files. */
export const CLIENT_DIR = resolve(ROOT, 'dist/client');
