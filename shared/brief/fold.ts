// Folded forms for matching headings, month names and vocabularies. Text extracted from Word/PDF
// loses or mangles accents ("Durée", "Duree", "Dur�e", "Dur?e"), swaps apostrophes and
// punctuation, so comparisons never happen on the raw text.

/** Lowercase, accents removed, every run of non-alphanumerics turned into one space. */
export function foldKey(s: string): string {
  return s
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Like foldKey, but every accented letter (and any '?' or U+FFFD standing in for one) is dropped
 * rather than folded, so "Durée", "Dur?e" and "Dur\uFFFDe" all give "dure".
 */
export function squashKey(s: string): string {
  return foldKey(s.normalize('NFC').replace(/[^\x00-\x7F]|\?/g, ''));
}

/** True when the two labels name the same thing, tolerating lost accents. */
export function sameKey(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b) || squashKey(a) === squashKey(b);
}
