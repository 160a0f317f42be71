// Which language's participant page a phone gets (the page is built once per language, holding only
// that language's strings): the person's own choice (the cookie the page sets when they pick one,
// client/i18n/i18n.ts), else the browser's languages in order, else the session's language.
import type { IncomingMessage } from 'node:http';
import { LANGUAGES, type Language } from '../../shared/questions.js';

const isLanguage = (s: string): s is Language => (LANGUAGES as readonly string[]).includes(s);

export function pageLanguage(req: IncomingMessage, sessionLanguage: Language | null): Language {
  const chosen = /(?:^|;\s*)palabre_lang=([a-z]{2})(?:;|$)/.exec(String(req.headers.cookie ?? ''))?.[1];
  if (chosen && isLanguage(chosen)) return chosen;
  const accepted = String(req.headers['accept-language'] ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { two: tag.slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((a) => a.q > 0 && isLanguage(a.two))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return accepted[0] ? (accepted[0].two as Language) : (sessionLanguage ?? 'en');
}
