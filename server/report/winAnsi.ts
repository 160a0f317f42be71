// The PDF uses the 14 standard fonts (Helvetica), which need no font file but only hold the
// WinAnsi characters: Latin-1 (é à ç ñ ü …) plus ’ “ ” – — … œ € and a few more. pdfkit writes
// any other character as a wrong byte, so text is mapped to the nearest WinAnsi text first.

/** The characters WinAnsi holds above Latin-1 (the 0x80–0x9F block of Windows-1252). */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Common characters outside WinAnsi, with what reads the same. */
const SUBSTITUTES: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '–',
  '―': '—',
  '′': "'",
  '″': '"',
  '‛': "'",
  '‟': '"',
  '❝': '"',
  '❞': '"',
  '≠': '!=',
  '≤': '<=',
  '≥': '>=',
  '≈': '~',
  '★': '*',
  '☆': '*',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2007': ' ',
  '\u2008': ' ',
  '\u202F': '\u00A0',
  '\u2060': '',
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\uFEFF': '',
  '\u00AD': '',
  Ő: 'Ö',
  ő: 'ö',
  Ű: 'Ü',
  ű: 'ü',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  ŀ: 'l',
  Ŀ: 'L',
  ə: 'e',
  Ə: 'E',
  ĸ: 'k',
  ŉ: "'n",
  Ŋ: 'N',
  ŋ: 'n',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ẞ: 'SS',
};

const inWinAnsi = (ch: string): boolean => {
  const c = ch.codePointAt(0) ?? 0;
  return c === 0x0a || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.has(ch);
};

/** Replaces each character the standard fonts cannot draw; `?` marks what has no readable stand-in. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    out += inWinAnsi(ch) ? ch : substitute(ch);
  }
  return out;
}

function substitute(ch: string): string {
  const known = SUBSTITUTES[ch];
  if (known !== undefined) return known;
  const c = ch.codePointAt(0) ?? 0;
  // Controls (C0 and C1) carry nothing visible.
  if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return '';
  // Accented letters outside Latin-1 (ă ş ţ ě ř ž…) keep their base letter: "Ştefan" reads as "Stefan".
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
  if (base && base !== ch && [...base].every(inWinAnsi)) return base;
  return '?';
}
