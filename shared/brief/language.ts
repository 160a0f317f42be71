// Session language from what the brief says ("French", "Workshop Sessions / French", "Session
// d'atelier en français", "Idioma: Español").
import type { Language } from '../definition.js';
import { foldKey, sameKey } from './fold.js';

const WORDS: [Language, string[]][] = [
  ['fr', ['french', 'français', 'française', 'francés', 'francesa']],
  ['en', ['english', 'anglais', 'anglaise', 'inglés', 'inglesa']],
  ['es', ['spanish', 'espagnol', 'espagnole', 'español', 'española', 'castellano', 'castillan']],
];
const CODES: Record<string, Language> = {
  fr: 'fr',
  en: 'en',
  es: 'es',
  fra: 'fr',
  fre: 'fr',
  eng: 'en',
  spa: 'es',
  esp: 'es',
};

/** Languages named in the text, in the order they appear. Tolerates lost accents ("fran?ais"). */
export function detectLanguages(text: string): Language[] {
  const code = CODES[foldKey(text)];
  if (code) return [code];
  const found: { lang: Language; at: number }[] = [];
  for (const [lang, words] of WORDS) {
    const at = Math.min(
      ...text.split(/[\s/,;:()|–—-]+/).flatMap((token, i) => (words.some((w) => sameKey(token, w)) ? [i] : [])),
    );
    if (Number.isFinite(at)) found.push({ lang, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.lang);
}

// "?" and U+FFFD stand for an accent lost in extraction.
const LANGUAGE_PHRASE =
  /(?<![\p{L}])(?:(?:in|en|in the|en el)\s+)?(?:french|fran[cç?\uFFFD]?aise?|franc[eé?\uFFFD]?sa?|english|anglaise?|ingl[eé?\uFFFD]?s[a]?|spanish|espagnole?|espa[nñ?\uFFFD]?ola?|castellano|castillan)(?![\p{L}])/giu;

/** The text without its language words: "Workshop Sessions / French" → "Workshop Sessions". */
export function stripLanguages(text: string): string {
  return text
    .replace(LANGUAGE_PHRASE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s/,;:|–—-]+|[\s/,;:|–—-]+$/g, '')
    .replace(/\s+(?:and|et|y)$/i, '')
    .trim();
}
