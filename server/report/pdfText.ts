// Text in the PDF report, in any script: each paragraph is cut into runs drawn by one embedded
// font (pdfFonts.ts) at one bidi level, broken into lines here (pdfkit's own wrapping knows one
// font per call and no right-to-left), and each line is put in visual order with the Unicode
// bidirectional algorithm (bidi-js). fontkit shapes Arabic and reverses a right-to-left run's
// glyphs; this module orders the runs and sets a right-to-left paragraph flush right.
import bidiFactory from 'bidi-js';
import type PDFDocument from 'pdfkit';
import { stripControls } from '../../shared/report/escape.js';
import { fontBytes, fontFileFor, baseFontFile, type FontStyle } from './pdfFonts.js';

export type Doc = InstanceType<typeof PDFDocument>;

export interface TextSpan {
  text: string;
  font?: FontStyle;
  color?: string;
  size?: number;
}

interface Piece {
  text: string;
  file: string;
  size: number;
  color: string;
  level: number;
  width: number;
}

export interface TextLine {
  pieces: Piece[];
  width: number;
  height: number;
  /** Distance from the line's top to its baseline. */
  ascent: number;
  /** The paragraph's base direction: a right-to-left paragraph is set flush right. */
  rtl: boolean;
}

const bidi = bidiFactory();
/** Marks that steer the bidi algorithm but have no glyph: used for levels, never drawn. */
const BIDI_CONTROL = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const SPACE = /[ \u00A0]/;
const DEFAULT_COLOR = '#1b1b1b';
/** Line height as a multiple of the font size (Noto's ascender + descender, plus a little air). */
const LINE = 1.42;
const ASCENT = 1.07;

/** A font file's pdfkit name, registered once per document. */
function useFont(doc: Doc, file: string, size: number): void {
  const reg = doc as Doc & { _palabreFonts?: Set<string> };
  reg._palabreFonts ??= new Set();
  if (!reg._palabreFonts.has(file)) {
    doc.registerFont(file, fontBytes(file));
    reg._palabreFonts.add(file);
  }
  doc.font(file).fontSize(size);
}

interface Char {
  text: string;
  file: string;
  size: number;
  color: string;
  level: number;
  space: boolean;
}

function chars(spans: TextSpan[], defaultSize: number): { list: Char[]; rtl: boolean } {
  const text = spans.map((s) => s.text).join('');
  const levels = bidi.getEmbeddingLevels(text, 'auto');
  const rtl = (levels.paragraphs[0]?.level ?? 0) % 2 === 1;
  const list: Char[] = [];
  let offset = 0;
  for (const s of spans) {
    const style = s.font ?? 'regular';
    let prevFile: string | null = null;
    for (const ch of s.text) {
      const at = offset;
      offset += ch.length;
      if (BIDI_CONTROL.test(ch)) continue;
      const cp = ch.codePointAt(0) ?? 0x20;
      const space = SPACE.test(ch);
      // Spaces are Noto Sans's (the script subsets' own have no width): between right-to-left
      // words they take the words' level, so visualOrder puts them between the words.
      const file: string = space ? baseFontFile(style) : (fontFileFor(cp, style) ?? prevFile ?? baseFontFile(style));
      prevFile = file;
      list.push({
        text: ch,
        file,
        size: s.size ?? defaultSize,
        color: s.color ?? DEFAULT_COLOR,
        level: levels.levels[at] ?? 0,
        space,
      });
    }
  }
  return { list, rtl };
}

const sameRun = (a: Char | Piece, b: Char | Piece): boolean =>
  a.file === b.file && a.size === b.size && a.color === b.color && a.level === b.level;

function measure(doc: Doc, p: Omit<Piece, 'width'>): number {
  useFont(doc, p.file, p.size);
  return doc.widthOfString(p.text);
}

/** Consecutive characters of one run merged into measured pieces. */
function piecesOf(doc: Doc, list: Char[]): Piece[] {
  const out: Piece[] = [];
  for (const c of list) {
    const last = out[out.length - 1];
    if (last && sameRun(last, c)) last.text += c.text;
    else out.push({ text: c.text, file: c.file, size: c.size, color: c.color, level: c.level, width: 0 });
  }
  for (const p of out) p.width = measure(doc, p);
  return out;
}

/** Words with their trailing spaces: the units a line is filled with. */
function words(list: Char[]): Char[][] {
  const out: Char[][] = [];
  let cur: Char[] = [];
  list.forEach((c, i) => {
    cur.push(c);
    const next = list[i + 1];
    if (c.space && next && !next.space) {
      out.push(cur);
      cur = [];
    }
  });
  if (cur.length) out.push(cur);
  return out;
}

/** Lays one paragraph (no "\n" inside) out into lines at most `width` points wide. */
export function layoutLine(doc: Doc, spans: TextSpan[], width: number, defaultSize: number): TextLine[] {
  const { list, rtl } = chars(spans, defaultSize);
  const maxSize = Math.max(defaultSize, ...spans.filter((s) => s.text).map((s) => s.size ?? defaultSize));
  const lines: Char[][] = [];
  let line: Char[] = [];
  let used = 0;
  const widthOf = (cs: Char[]): number => piecesOf(doc, cs).reduce((a, p) => a + p.width, 0);
  for (const w of words(list)) {
    const trimmed = w.filter((c, i) => !(c.space && w.slice(i).every((x) => x.space)));
    const ww = widthOf(trimmed);
    if (used + ww <= width || line.length === 0) {
      if (ww > width) {
        // A word longer than the line (a URL, a name without spaces) is cut where it must be.
        for (const c of w) {
          const cw = widthOf([c]);
          if (used + cw > width && line.length) {
            lines.push(line);
            line = [];
            used = 0;
          }
          line.push(c);
          used += cw;
        }
        continue;
      }
      line.push(...w);
      used += widthOf(w);
    } else {
      lines.push(line);
      line = [...w];
      used = widthOf(w);
    }
  }
  if (line.length || !lines.length) lines.push(line);
  return lines.map((cs) => {
    // Trailing spaces take no room at the line's end (and would push a flush-right line left).
    let end = cs.length;
    while (end > 0 && cs[end - 1]?.space) end--;
    const pieces = visualOrder(piecesOf(doc, cs.slice(0, end)));
    return {
      pieces,
      width: pieces.reduce((a, p) => a + p.width, 0),
      height: maxSize * LINE,
      ascent: maxSize * ASCENT,
      rtl,
    };
  });
}

/** Unicode bidi rule L2: from the highest level down to the lowest odd one, reverse each run of pieces at or above it. */
export function visualOrder<T extends { level: number }>(pieces: T[]): T[] {
  const out = [...pieces];
  if (!out.length) return out;
  const max = Math.max(...out.map((p) => p.level));
  const minOdd = Math.min(...out.map((p) => (p.level % 2 === 1 ? p.level : p.level + 1)));
  for (let lvl = max; lvl >= minOdd; lvl--) {
    let i = 0;
    while (i < out.length) {
      if ((out[i]?.level ?? 0) < lvl) {
        i++;
        continue;
      }
      let j = i;
      while (j < out.length && (out[j]?.level ?? 0) >= lvl) j++;
      out.splice(i, j - i, ...out.slice(i, j).reverse());
      i = j;
    }
  }
  return out;
}

/** Draws a laid-out line with its top at `y`, from `x` in a box `width` wide. */
export function drawLine(
  doc: Doc,
  line: TextLine,
  x: number,
  y: number,
  width: number,
  align: 'start' | 'right' | 'center' = 'start',
): void {
  const right = align === 'right' || (align === 'start' && line.rtl);
  let at = align === 'center' ? x + (width - line.width) / 2 : right ? x + width - line.width : x;
  const baseline = y + line.ascent;
  for (const p of line.pieces) {
    useFont(doc, p.file, p.size);
    // pdfkit puts the font's own ascender below `y`: align every run on one baseline.
    const ascender = ((doc as Doc & { _font: { ascender: number } })._font.ascender / 1000) * p.size;
    doc.fillColor(p.color).text(p.text, at, baseline - ascender, { lineBreak: false });
    at += p.width;
  }
  doc.x = x;
}

/** Lines for text that may hold "\n": each hard line laid out on its own. */
export function layoutText(doc: Doc, spans: TextSpan[], width: number, defaultSize: number): TextLine[] {
  const hard: TextSpan[][] = [[]];
  for (const s of spans) {
    s.text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .forEach((piece, i) => {
        if (i > 0) hard.push([]);
        // Decomposed accents composed (one glyph each), tabs as spaces, controls dropped.
        hard[hard.length - 1]?.push({ ...s, text: stripControls(piece).normalize('NFC').replace(/\t/g, ' ') });
      });
  }
  return hard.flatMap((h) => layoutLine(doc, h, width, defaultSize));
}

/** Height of text laid out in `width`. */
export function textHeight(doc: Doc, spans: TextSpan[], width: number, defaultSize: number): number {
  return layoutText(doc, spans, width, defaultSize).reduce((a, l) => a + l.height, 0);
}
