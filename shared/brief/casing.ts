// Case fixes for text typed in capitals on posters and letterheads ("MEXICO CITY", "SESSION D'ATELIER").

const SMALL_WORDS = new Set([
  'of',
  'and',
  'the',
  'for',
  'on',
  'in',
  'at',
  'to',
  'a',
  'an',
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'y',
  'e',
  'en',
  'para',
  'por',
  'des',
  'du',
  'le',
  'les',
  'et',
  'pour',
  'sur',
  'au',
  'aux',
  "d'",
  "l'",
]);

/** True when the text has letters and none of them is lowercase. */
export function isAllCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** "GLOBAL SOCIAL ECONOMY FORUM" → "Global Social Economy Forum"; mixed-case text is left alone. */
export function titleCase(s: string): string {
  if (!isAllCaps(s)) return s;
  return s
    .toLowerCase()
    .split(/(\s+)/)
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : capitalizeWord(w)))
    .join('');
}

/** "SESSION D'ATELIER" → "Session d'atelier"; mixed-case text is left alone. */
export function sentenceCase(s: string): string {
  if (!isAllCaps(s)) return s;
  const lower = s.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function capitalizeWord(w: string): string {
  // Hyphenated and apostrophed parts are capitalised separately: "Saint-Louis", "D'Ivoire".
  return w.replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
