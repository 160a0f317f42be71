// Per-person interface language (default from the browser, changeable at any time) and a tiny
// typed translator: every dictionary must give French, English and Spanish for every key.
import { createSignal } from 'solid-js';
import { LANGUAGES, type Language } from '../../shared/questions.js';

const KEY = 'palabre:lang';
/** The cookie the server reads to serve the participant page in the person's language. */
const COOKIE = 'palabre_lang';
/** Set before reloading into the chosen language's page, so a page that cannot follow reloads once. */
const RELOADING = 'palabre:lang-reload';

// The participant page is built once per language with only that language's strings (vite.config.ts,
// onlyLanguage): there `__PALABRE_LANG__` is the page's language; elsewhere it is not defined.
declare const __PALABRE_LANG__: Language | undefined;
/** The language this page was built for (the participant's phone page), or undefined (staff views). */
export const pageLanguage: Language | undefined = typeof __PALABRE_LANG__ === 'string' ? __PALABRE_LANG__ : undefined;

function savedLanguage(): Language | null {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language;
  } catch {
    /* storage may be blocked */
  }
  return null;
}

function rememberForServer(l: Language): void {
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from many phones' browsers
  document.cookie = `${COOKIE}=${l}; path=/; max-age=31536000; samesite=lax`;
}

export function detectLanguage(): Language {
  const saved = savedLanguage();
  if (saved) return saved;
  for (const l of navigator.languages ?? [navigator.language]) {
    const two = l.slice(0, 2).toLowerCase();
    if ((LANGUAGES as readonly string[]).includes(two)) return two as Language;
  }
  return 'en';
}

const [lang, setLangSignal] = createSignal<Language>(
  pageLanguage ?? (typeof navigator === 'undefined' ? 'en' : detectLanguage()),
);
export { lang };

/**
 * The page that comes back from the server for `l` (the participant page holds one language).
 * Drafts and unsent answers are kept on the device as they are typed (participant/drafts.ts,
 * outbox.ts), and so are a profile or code being typed (participant/keptForm.ts).
 */
function reloadInto(l: Language): void {
  rememberForServer(l);
  try {
    sessionStorage.setItem(RELOADING, l);
  } catch {
    /* the guard below is then off, and so is the reload on load (no saved choice to follow) */
  }
  location.reload();
}

export function setLang(l: Language): void {
  try {
    localStorage.setItem(KEY, l);
  } catch {
    /* not kept across reloads then */
  }
  // Every view tells the server, so a phone page opened later on this device comes in `l` at once.
  rememberForServer(l);
  if (pageLanguage) {
    if (l !== pageLanguage) reloadInto(l);
    return;
  }
  document.documentElement.lang = l;
  setLangSignal(l);
}

/**
 * Shows the interface in `l` on this page without keeping it as the person's choice (a projector
 * following its session's language); the picker's setLang still overrides and is kept.
 */
export function showLanguage(l: Language): void {
  document.documentElement.lang = l;
  setLangSignal(l);
}

if (typeof document !== 'undefined') {
  document.documentElement.lang = lang();
  // A choice made earlier (or on a staff page of this device) that this page was not served in.
  // At most once per choice in a tab: offline, the service worker gives back the page it kept.
  const saved = pageLanguage && savedLanguage();
  let tried: string | null = null;
  try {
    tried = sessionStorage.getItem(RELOADING);
    sessionStorage.removeItem(RELOADING);
  } catch {
    tried = saved || null; // no storage, no guard: do not reload
  }
  if (saved && saved !== pageLanguage && tried !== saved) reloadInto(saved);
}

export type Vars = Record<string, string | number>;

/** Declares a dictionary; French and Spanish must have exactly English's keys (checked by tsc). */
export function defineDict<T extends Record<string, string>>(d: {
  en: T;
  fr: Record<keyof T, string>;
  es: Record<keyof T, string>;
}) {
  return d as { en: Record<keyof T, string>; fr: Record<keyof T, string>; es: Record<keyof T, string> };
}

const fmtNumber = (n: number) => new Intl.NumberFormat(lang()).format(n);

function interpolate(s: string, vars?: Vars): string {
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = vars[k];
    return v === undefined ? m : typeof v === 'number' ? fmtNumber(v) : v;
  });
}

/** The base of a plural key: `x` for `x_one` / `x_other` (asked for with a count). */
export type PluralBase<K extends string> = K extends `${infer B}_one` ? B : K extends `${infer B}_other` ? B : never;

/**
 * A translator over one or more dictionaries. Plurals: keys `x_one` and `x_other` are chosen with
 * Intl.PluralRules for `vars.count` when `x` is asked for with a count.
 */
export function makeT<K extends string>(dict: Record<Language, Record<K, string>>) {
  return (key: K | PluralBase<K>, vars?: Vars): string => {
    const table = dict[lang()] as Record<string, string>;
    if (vars && typeof vars.count === 'number') {
      const form = new Intl.PluralRules(lang()).select(vars.count);
      const pk = `${key}_${form === 'one' ? 'one' : 'other'}`;
      if (pk in table) return interpolate(table[pk]!, vars);
    }
    return interpolate(table[key] ?? key, vars);
  };
}

export const LANGUAGE_NAMES: Record<Language, string> = { fr: 'Français', en: 'English', es: 'Español' };
