// A forum's privacy notice, rendered by the server into its sessions' join page (no phone
// JavaScript: the participant page is at its weight budget). The session's language first; the
// other languages folded below. Text is escaped: it is data, never markup.
import type { Language } from '../../shared/definition.js';
import type { ForumSettings } from '../../shared/forum.js';
import type { SessionStore } from '../store/sessionStore.js';

export type PrivacyNotice = ForumSettings['privacy'];

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const TITLE: Record<Language, string> = {
  fr: 'Confidentialité',
  en: 'Privacy',
  es: 'Privacidad',
};
const OTHERS: Record<Language, string> = {
  fr: 'Dans les autres langues',
  en: 'In the other languages',
  es: 'En los otros idiomas',
};
const ORDER: Language[] = ['fr', 'en', 'es'];

export function privacyNoticeHtml(n: PrivacyNotice, language: Language): string {
  const texts = ORDER.filter((l) => n[l].trim());
  if (!texts.length) return '';
  const first = n[language].trim() ? language : texts[0]!;
  const para = (l: Language) =>
    `<p lang="${l}" style="white-space:pre-line;margin:.25rem 0 .75rem">${escapeHtml(n[l].trim())}</p>`;
  const rest = texts.filter((l) => l !== first);
  return (
    `<aside class="privacy-notice" aria-labelledby="privacy-notice-title" style="max-width:40rem;margin:2rem auto 1rem;padding:0 1rem;font-size:.85rem;color:#3d4a63">` +
    `<h2 id="privacy-notice-title" lang="${first}" style="font-size:.95rem;margin:0">${TITLE[first]}</h2>${para(first)}` +
    (rest.length
      ? `<details><summary lang="${first}">${OTHERS[first]}</summary>${rest.map((l) => `<h3 lang="${l}" style="font-size:.9rem;margin:.5rem 0 0">${TITLE[l]}</h3>${para(l)}`).join('')}</details>`
      : '') +
    '</aside>\n'
  );
}

/** The notice of the forum a session belongs to, cached a little (phones load join pages in bursts). */
export function privacyNotices(store: SessionStore, now: () => number, ttlMs = 30_000) {
  const cache = new Map<string, { at: number; notice: PrivacyNotice | null }>();
  return {
    /** Reads (or refreshes) the code's notice before its page is rendered. */
    async load(code: string): Promise<void> {
      const hit = cache.get(code);
      if (hit && now() - hit.at < ttlMs) return;
      let notice: PrivacyNotice | null = null;
      const fs = await store.getForumSession(code);
      if (fs) notice = (await store.getForum(fs.forumId))?.settings.privacy ?? null;
      if (cache.size > 5000) cache.clear();
      cache.set(code, { at: now(), notice });
    },
    get: (code: string): PrivacyNotice | null => cache.get(code)?.notice ?? null,
  };
}
