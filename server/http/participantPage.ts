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
import { LANGUAGES, type Language } from '../../shared/questions.js';

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

/** The built pages, one per language (participant.fr.html…), or participant.html for all of them. */
export const participantPageFiles = (dir: string): string[] => {
  const variants = LANGUAGES.map((l) => join(dir, `participant.${l}.html`)).filter((f) => existsSync(f));
  return variants.length ? variants : [join(dir, 'participant.html')];
};

/**
 * The participant's page in every language it was built in (the phone downloads only its language's
 * strings, see vite.config.ts onlyLanguage); a build with one participant.html serves it to all.
 */
export class ParticipantPage {
  private constructor(private readonly pages: Partial<Record<Language, LanguagePage>> & { en: LanguagePage }) {}

  /** Reads the built pages. Null when one is missing or not of the single-file kind (served as files). */
  static load(dir: string): ParticipantPage | null {
    const variants = LANGUAGES.filter((l) => existsSync(join(dir, `participant.${l}.html`)));
    if (!variants.length) {
      const one = LanguagePage.load(join(dir, 'participant.html'), dir);
      return one && new ParticipantPage({ en: one });
    }
    const pages: Partial<Record<Language, LanguagePage>> = {};
    for (const l of variants) {
      const page = LanguagePage.load(join(dir, `participant.${l}.html`), dir);
      if (!page) return null;
      pages[l] = page;
    }
    const en = pages.en ?? pages[variants[0]!]!;
    return new ParticipantPage({ ...pages, en });
  }

  /** Whether the page was built per language (then it varies with the phone's language). */
  get perLanguage(): boolean {
    return Object.keys(this.pages).length > 1;
  }

  /** Whether `lang` has a page of its own (else the English one is served). */
  has(lang: Language): boolean {
    return lang in this.pages;
  }

  /** The page for a session (or for /join when `info` is null) in `lang`, with its forum's privacy notice. */
  render(
    info: PublicSessionInfo | null,
    lang: Language = info?.language ?? 'en',
    notice: PrivacyNotice | null = null,
  ): RenderedPage {
    return (this.pages[lang] ?? this.pages.en).render(info, this.has(lang) ? lang : null, notice);
  }
}

class LanguagePage {
  private readonly cache = new Map<string, RenderedPage>();

  private constructor(
    private readonly head: string,
    private readonly tail: string,
    private readonly csp: string,
  ) {}

  /** Inlines the page's one script and its stylesheets; null when the build is not the single-file kind. */
  static load(file: string, dir: string): LanguagePage | null {
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
    return new LanguagePage(
      html.slice(0, at),
      `<script type="module">${js}</script>\n${html.slice(at)}`,
      PAGE_CSP.replace("default-src 'self';", `default-src 'self'; script-src 'self' 'sha256-${hash}';`),
    );
  }

  /**
   * Rendered once per distinct facts. `lang`: the interface language of this page (its <html lang>);
   * null for a page holding every language (then the session's language, as the client may change it).
   * `notice`: the forum's privacy notice, as server HTML below the app (issue 14).
   */
  render(info: PublicSessionInfo | null, lang: Language | null, notice: PrivacyNotice | null = null): RenderedPage {
    const key = `${lang ?? ''}|${info ? scriptJson(info) : ''}|${notice ? scriptJson(notice) : ''}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    let head = this.head;
    const htmlLang = lang ?? info?.language;
    if (htmlLang) head = head.replace(/<html lang="[a-z]+">/, `<html lang="${htmlLang}">`);
    if (info) {
      head = head.replace('<title>Palabre</title>', `<title>${escapeHtml(info.title || info.code)} · Palabre</title>`);
      head += `<script type="application/json" id="${BOOT_ID}">${scriptJson(info)}</script>\n`;
      if (notice) head += privacyNoticeHtml(notice, lang ?? info.language);
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
