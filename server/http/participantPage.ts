// The participant's page as ONE response: the built page with its script and stylesheet inlined
// and the session's public facts embedded, so a phone on a slow network needs a single round trip
// before it can show the form to fill in (no script, stylesheet or /api request after the HTML).
// The script is allowed by its hash in the Content-Security-Policy, never by 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BOOT_ID, type PublicSessionInfo } from '../../shared/protocol.js';
import { type PrivacyNotice, privacyNoticeHtml } from './privacyNotice.js';

export interface RenderedPage {
  body: Buffer;
  gzip: Buffer;
  etag: string;
  csp: string;
}

/** The CSP of every other page; the participant's page adds its script's hash. */
export const PAGE_CSP =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";
const CACHE_LIMIT = 256;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON safe inside a <script> element: no "<" at all, so no "</script>" or "<!--" can appear. */
export const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

export class ParticipantPage {
  private readonly cache = new Map<string, RenderedPage>();

  private constructor(
    private readonly head: string,
    private readonly tail: string,
    private readonly csp: string,
  ) {}

  /**
   * Reads dist/participant.html and inlines its one script and its stylesheets. Null when the build
   * is not the single-file kind (then the page is served as files, as before).
   */
  static load(dir: string): ParticipantPage | null {
    const file = join(dir, 'participant.html');
    if (!existsSync(file)) return null;
    let html = readFileSync(file, 'utf8');
    const scripts = [...html.matchAll(/<script type="module" crossorigin src="\/(assets\/[^"]+\.js)"><\/script>\s*/g)];
    if (scripts.length !== 1 || /<link rel="modulepreload"/.test(html)) return null;
    const js = readFileSync(join(dir, scripts[0]![1]!), 'utf8');
    // An inline script ends at the first "</script" and "<!--" changes how it is parsed: such a
    // build is served as a file instead of being rewritten.
    if (/<\/script|<!--/i.test(js)) return null;
    html = html.replace(scripts[0]![0], '');
    html = html.replace(/<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)">/g, (_, css: string) => {
      const text = readFileSync(join(dir, css), 'utf8');
      return /<\/style/i.test(text) ? _ : `<style>${text}</style>`;
    });
    const at = html.indexOf('</body>');
    if (at < 0) return null;
    const hash = createHash('sha256').update(js).digest('base64');
    return new ParticipantPage(
      html.slice(0, at),
      `<script type="module">${js}</script>\n${html.slice(at)}`,
      PAGE_CSP.replace("default-src 'self';", `default-src 'self'; script-src 'self' 'sha256-${hash}';`),
    );
  }

  /** The page for a session (or for /join when `info` is null), rendered once per distinct facts. */
  render(info: PublicSessionInfo | null, notice: PrivacyNotice | null = null): RenderedPage {
    const key = (info ? scriptJson(info) : '') + (notice ? scriptJson(notice) : '');
    const hit = this.cache.get(key);
    if (hit) return hit;
    let head = this.head;
    if (info) {
      head = head
        .replace(/<html lang="[a-z]+">/, `<html lang="${info.language}">`)
        .replace('<title>Palabre</title>', `<title>${escapeHtml(info.title || info.code)} · Palabre</title>`);
      head += `<script type="application/json" id="${BOOT_ID}">${scriptJson(info)}</script>\n`;
      // The forum's privacy notice, as server HTML below the app (issue 14).
      if (notice) head += privacyNoticeHtml(notice, info.language);
    }
    const body = Buffer.from(head + this.tail, 'utf8');
    const page: RenderedPage = {
      body,
      gzip: gzipSync(body, { level: 9 }),
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      csp: this.csp,
    };
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, page);
    return page;
  }
}
