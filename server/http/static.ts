// Serves the built client (dist/). Each role's page is its own HTML entry so the participant's
// phone loads only the participant bundle.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** Which HTML entry a client route uses. */
export function entryFor(pathname: string): string | null {
  if (pathname === '/' || pathname === '/new') return 'index.html';
  if (/^\/(j|join)(\/|$)/.test(pathname)) return 'participant.html';
  if (/^\/(moderator|rapporteur|projector)\//.test(pathname)) return 'index.html';
  return null;
}

export function serveStatic(dir: string, req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
  const root = resolve(dir);
  const entry = entryFor(pathname);
  let file = entry ? join(root, entry) : normalize(join(root, decodeURIComponent(pathname)));
  if (!file.startsWith(root)) return false;
  if (!existsSync(file) || !statSync(file).isFile()) {
    if (entry) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The client is not built. Run `npm start` (it builds first) or `npm run build`.');
      return true;
    }
    return false;
  }
  const hashed = pathname.startsWith('/assets/');
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    // Hashed assets never change; HTML always revalidates so a deploy is picked up.
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    ...(file.endsWith('.html')
      ? {
          'content-security-policy':
            "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'",
          'referrer-policy': 'no-referrer',
        }
      : {}),
  });
  if (req.method === 'HEAD') return void res.end(), true;
  createReadStream(file).pipe(res);
  return true;
}
