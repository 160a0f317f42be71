// Serves the built client (dist/). Each role's page is its own HTML entry so the participant's
// phone loads only the participant page, which comes as one response (see participantPage.ts).
// Text files are sent gzipped when the browser accepts it, compressed once and kept in memory.
import { readFileSync, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { normalizeCode } from '../../shared/sessionCode.js';
import type { PublicSessionInfo } from '../../shared/protocol.js';
import { pageLanguage } from './pageLanguage.js';
import { PAGE_CSP, ParticipantPage, participantPageFiles } from './participantPage.js';
import type { PrivacyNotice } from './privacyNotice.js';

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
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest']);

/** Which HTML entry a client route uses. */
export function entryFor(pathname: string): string | null {
  if (pathname === '/' || pathname === '/new') return 'index.html';
  if (/^\/(j|join)(\/|$)/.test(pathname)) return 'participant.html';
  if (/^\/(moderator|rapporteur|projector|speaker|stream)\//.test(pathname)) return 'index.html';
  // The organizers' area (client/organizer/).
  if (/^\/organizer(\/|$)/.test(pathname)) return 'index.html';
  return null;
}

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

interface FileEntry {
  mtimeMs: number;
  body: Buffer;
  gzip: Buffer | null;
}

export type StaticHandler = (req: IncomingMessage, res: ServerResponse, pathname: string) => boolean;

/**
 * `info(code, req)`: the public facts of a session, or null when no session has that code (or the
 * requesting address may not look codes up right now).
 */
export function staticHandler(
  dir: string,
  info: (code: string, req: IncomingMessage) => PublicSessionInfo | null,
  /** The privacy notice of the session's forum (loaded before the page is asked for). */
  notice: (code: string) => PrivacyNotice | null = () => null,
): StaticHandler {
  const root = resolve(dir);
  const files = new Map<string, FileEntry>();
  // Loaded on first use (the build may finish after the server starts) and again after a rebuild.
  let page: { mtimeMs: number; page: ParticipantPage | null } | null = null;
  const participantPage = () => {
    // Any rebuilt language page reloads them all (the sum changes when one does).
    const stamps = participantPageFiles(root).map((f) => fileStats(f)?.mtimeMs ?? -1);
    const mtimeMs = stamps.includes(-1) ? -1 : stamps.reduce((a, b) => a + b, 0);
    if (page?.mtimeMs !== mtimeMs) page = { mtimeMs, page: mtimeMs < 0 ? null : ParticipantPage.load(root) };
    return page.page;
  };

  const read = (file: string, mtimeMs: number): FileEntry => {
    const hit = files.get(file);
    if (hit?.mtimeMs === mtimeMs) return hit;
    const body = readFileSync(file);
    const entry = {
      mtimeMs,
      body,
      gzip: COMPRESSIBLE.has(extname(file)) && body.length > 512 ? gzipSync(body, { level: 9 }) : null,
    };
    files.set(file, entry);
    return entry;
  };

  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    headers: Record<string, string>,
    body: Buffer,
    gzip: Buffer | null,
  ) => {
    const zipped = gzip && acceptsGzip(req);
    const data = zipped ? gzip : body;
    res.writeHead(200, {
      ...headers,
      'x-content-type-options': 'nosniff',
      ...(gzip ? { vary: headers.vary ? `${headers.vary}, accept-encoding` : 'accept-encoding' } : {}),
      ...(zipped ? { 'content-encoding': 'gzip' } : {}),
      'content-length': String(data.length),
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  };

  return (req, res, pathname) => {
    const entry = entryFor(pathname);
    if (entry === 'participant.html') {
      const p = participantPage();
      if (p) {
        const m = /^\/j\/([^/]+)/.exec(pathname);
        const code = m ? normalizeCode(safeDecode(m[1]!)) : null;
        const facts = code ? info(code, req) : null;
        const rendered = p.render(
          facts,
          pageLanguage(req, facts?.language ?? null),
          code && facts ? notice(code) : null,
        );
        const headers: Record<string, string> = {
          // The page's language follows the phone's choice (cookie) or its browser's languages.
          ...(p.perLanguage ? { vary: 'cookie, accept-language' } : {}),
          'content-type': TYPES['.html']!,
          'cache-control': 'no-cache',
          etag: rendered.etag,
          'content-security-policy': rendered.csp,
          'referrer-policy': 'no-referrer',
        };
        // A returning phone revalidates: one short reply when nothing changed.
        if (req.headers['if-none-match'] === rendered.etag) {
          res.writeHead(304, headers).end();
          return true;
        }
        send(req, res, headers, rendered.body, rendered.gzip);
        return true;
      }
    }
    const pages = entry === 'participant.html' ? participantPageFiles(root) : [];
    const file = entry
      ? (pages.find((f) => f.endsWith('.en.html')) ?? pages[0] ?? join(root, entry))
      : fileFor(root, pathname);
    if (!file) return false;
    const stats = fileStats(file);
    if (!stats) {
      if (entry) {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('The client is not built. Run `npm start` (it builds first) or `npm run build`.');
        return true;
      }
      return false;
    }
    const { body, gzip } = read(file, stats.mtimeMs);
    const hashed = pathname.startsWith('/assets/');
    send(
      req,
      res,
      {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        // Hashed assets never change; HTML always revalidates so a deploy is picked up.
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(file.endsWith('.html') ? { 'content-security-policy': PAGE_CSP, 'referrer-policy': 'no-referrer' } : {}),
      },
      body,
      gzip,
    );
    return true;
  };
}

/** Longest path segment served; file systems refuse longer names (ENAMETOOLONG). */
const MAX_SEGMENT = 255;

/**
 * The file under `root` a request path names, or null (a 404) for anything that is not a plain,
 * normal path inside it: bad percent-encoding, a NUL byte, a backslash, `.`/`..` segments, empty
 * segments, over-long segments. Inside means under `root + sep`: a plain prefix test would also
 * accept a sibling folder (`dist-old/` next to `dist/`).
 */
export function fileFor(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || /[\0\\]/.test(decoded)) return null;
  const segments = decoded.slice(1).split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.length > MAX_SEGMENT)) return null;
  const file = normalize(join(root, ...segments));
  return file.startsWith(root + sep) ? file : null;
}

/**
 * The file's stats, or null when there is no such file, it is a folder, or it cannot be read as one
 * (ENOTDIR for `/sw.js/x`, ENAMETOOLONG, EACCES…): any error is a 404, never a crash.
 */
function fileStats(file: string): Stats | null {
  try {
    const st = statSync(file, { throwIfNoEntry: false });
    return st?.isFile() ? st : null;
  } catch {
    return null;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
