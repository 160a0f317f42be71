// Small HTTP helpers: bounded body reading, JSON replies, bearer keys. No framework needed for a
// handful of routes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Language } from '../../shared/definition.js';

export class HttpError extends Error {
  /** Extra response headers (e.g. Retry-After). */
  readonly headers: Record<string, string> = {};
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.error ?? status));
  }
}

/** After the limit, a body is read and dropped up to this many bytes more, then the connection is cut. */
const DRAIN_LIMIT = 16 * 1024 * 1024;

/**
 * The body, at most `limit` bytes. A larger body is refused with 413 (HttpError), answered rather
 * than reset: the rest is read and dropped so the client sees the answer, up to DRAIN_LIMIT more.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(req.headers['content-length'] ?? 0);
    let over = declared > limit;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      if (over) {
        chunks.length = 0;
        if (size > limit + DRAIN_LIMIT) req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => (over ? reject(new HttpError(413, { error: 'too_large' })) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

/** The client's address; with `trustProxy`, the address the (one) reverse proxy in front saw. */
export function clientAddress(req: IncomingMessage, trustProxy = false): string {
  if (trustProxy) {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const last = forwarded[forwarded.length - 1];
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(data);
}

export function bearer(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  if (!h) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m?.[1];
}

/** The request's language, from Accept-Language (the first of fr, es, en named), English otherwise. */
export function languageOf(req: IncomingMessage): Language {
  for (const part of (req.headers['accept-language'] ?? '').toLowerCase().split(',')) {
    const l = part.trim().slice(0, 2);
    if (l === 'fr' || l === 'es' || l === 'en') return l;
  }
  return 'en';
}
