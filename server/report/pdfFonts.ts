// The fonts the PDF report embeds, so every name prints in its own script: Noto Sans (Latin,
// Polish, Vietnamese, Greek, Cyrillic), Noto Sans Arabic, Hebrew and KR (Hangul), and Noto Emoji.
// They come from the @fontsource packages, which split each family into files by Unicode range
// and list the ranges in their CSS; this module reads those lists once and answers "which file
// draws this character in this style". pdfkit embeds only the glyphs used (a subset of each file).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

export type FontStyle = 'regular' | 'bold' | 'italic';

interface Face {
  /** Absolute path of the .woff file. */
  file: string;
  ranges: [number, number][];
}

/** Families in the order they are tried: the first whose ranges hold a character draws it. */
const FAMILIES: { pkg: string; italic: boolean; bold: boolean }[] = [
  { pkg: '@fontsource/noto-sans', italic: true, bold: true },
  { pkg: '@fontsource/noto-sans-arabic', italic: false, bold: true },
  { pkg: '@fontsource/noto-sans-hebrew', italic: false, bold: true },
  { pkg: '@fontsource/noto-sans-kr', italic: false, bold: true },
  { pkg: '@fontsource/noto-emoji', italic: false, bold: true },
];

/** Within Noto Sans, the Latin files first: several subsets list the same combining marks. */
const SUBSET_ORDER = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'];

const require = createRequire(import.meta.url);
const faces = new Map<FontStyle, Face[]>();

/** Parses a fontsource CSS file (`400.css`, `700-italic.css`) into its .woff files and ranges. */
export function parseFontsourceCss(css: string, dir: string): (Face & { subset: string })[] {
  const out: (Face & { subset: string })[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const url = /url\(\.\/files\/([^)]+\.woff)\) format\('woff'\)/.exec(block);
    const range = /unicode-range:\s*([^;]+);/.exec(block);
    if (!url?.[1] || !range?.[1]) continue;
    const ranges = range[1].split(',').map((r): [number, number] => {
      const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
      const lo = Number.parseInt(a ?? '', 16);
      return [lo, b ? Number.parseInt(b, 16) : lo];
    });
    out.push({ file: join(dir, 'files', url[1]), ranges, subset: url[1].replace(/\.woff$/, '') });
  }
  return out;
}

function subsetRank(subset: string): number {
  // "noto-sans-latin-ext-400-normal" → "latin-ext"
  const m = /^noto-sans-(.+)-\d00-(?:normal|italic)$/.exec(subset);
  const i = m?.[1] ? SUBSET_ORDER.indexOf(m[1]) : -1;
  return i < 0 ? SUBSET_ORDER.length : i;
}

function loadFaces(style: FontStyle): Face[] {
  const cached = faces.get(style);
  if (cached) return cached;
  const list: Face[] = [];
  for (const fam of FAMILIES) {
    const dir = dirname(require.resolve(`${fam.pkg}/package.json`));
    const weight = style === 'bold' && fam.bold ? '700' : '400';
    const css = style === 'italic' && fam.italic ? `${weight}-italic.css` : `${weight}.css`;
    const parsed = parseFontsourceCss(readFileSync(join(dir, css), 'utf8'), dir);
    parsed.sort((a, b) => subsetRank(a.subset) - subsetRank(b.subset));
    list.push(...parsed);
  }
  faces.set(style, list);
  return list;
}

const glyphs = new Map<string, { hasGlyphForCodePoint(cp: number): boolean }>();

/** Whether the file really holds a glyph: fontsource's ranges list a few characters a subset lacks. */
function hasGlyph(file: string, cp: number): boolean {
  let font = glyphs.get(file);
  if (!font) {
    font = fontkit.create(fontBytes(file));
    glyphs.set(file, font);
  }
  return font.hasGlyphForCodePoint(cp);
}

const found = new Map<string, string | null>();

/** The file that draws `cp` in `style`, or null when no embedded family has it. */
export function fontFileFor(cp: number, style: FontStyle): string | null {
  const key = `${style}:${cp}`;
  const known = found.get(key);
  if (known !== undefined) return known;
  let file: string | null = null;
  for (const f of loadFaces(style)) {
    if (f.ranges.some(([lo, hi]) => cp >= lo && cp <= hi) && hasGlyph(f.file, cp)) {
      file = f.file;
      break;
    }
  }
  found.set(key, file);
  return file;
}

/** The file for plain text in a style (the Latin subset of Noto Sans): page numbers, spaces. */
export function baseFontFile(style: FontStyle): string {
  return fontFileFor(0x41, style) ?? '';
}

const bytes = new Map<string, Buffer>();

/** A font file's bytes, read once per process (renders run in long-lived worker threads). */
export function fontBytes(file: string): Buffer {
  let b = bytes.get(file);
  if (!b) {
    b = readFileSync(file);
    bytes.set(file, b);
  }
  return b;
}
