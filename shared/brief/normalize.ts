// Cleaning of raw extracted text. Two levels: normalizeInput keeps the line structure (tabs are
// table cells, HTML marks bold and paragraphs, both still needed by the parsers), cleanInline
// turns one fragment into plain display text.
import { decodeEntities } from './entities.js';

/** Lines repeated this often, far apart, are page headers/footers stamped by the PDF/Word export. */
const REPEAT_THRESHOLD = 3;
/** Pages are longer than this; labels repeated per speaker ("Bio:") come closer together. */
const MIN_PAGE_GAP = 15;
/** A letterhead's lines come first; a page header repeats one of them. */
const LETTERHEAD_LINES = 3;
const PAGE_NUMBER =
  /^(?:(?:page|pagina|página|p\.)\s*\d{1,4}(?:\s*(?:\/|of|sur|de)\s*\d{1,4})?|\d{1,4}\s*(?:\/|of|sur|de)\s*\d{1,4}|\d{1,3}|-\s*\d{1,3}\s*-)$/i;

export interface NormalizedInput {
  lines: string[];
  /** Repeated page headers/footers and page numbers that were removed. */
  dropped: string[];
}

export function normalizeInput(raw: string): NormalizedInput {
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\f\v\u2028\u2029\u0085]/g, '\n')
    // Control characters come from binary garbage or broken extraction; tabs and newlines carry structure.
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g, '')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u2007\u202F]/g, ' ');
  return dropPageFurniture(text.split('\n').flatMap(splitHtmlBlocks));
}

const BLOCK_TAG = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|section|article|header|footer)\b/i;

/**
 * A brief pasted from a web page can arrive as one long line of HTML. Block tags become line
 * breaks ("<h2>" a markdown heading, "<li>" a "- " item) so the line-based parsers see its structure.
 * Tab lines are table rows whose cells keep their HTML for the speaker parser.
 */
function splitHtmlBlocks(line: string): string[] {
  if (line.includes('\t') || !BLOCK_TAG.test(line)) return [line];
  return line
    .replace(/<h([1-6])\b[^>]*>/gi, (_m, n: string) => `\n${'#'.repeat(Number(n))} `)
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/?(?:p|div|br|h[1-6]|li|ul|ol|section|article|header|footer)\b[^>]*>/gi, '\n')
    .split('\n');
}

function dropPageFurniture(lines: string[]): NormalizedInput {
  const seen = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const key = line.trim();
    if (isHeaderCandidate(line, key)) seen.set(key, [...(seen.get(key) ?? []), i]);
  });
  const top = topLines(lines);
  const furniture = new Set<string>();
  /** Where a repeated header is also the letterhead: that first line is kept for the event. */
  const keep = new Set<number>();
  for (const [key, at] of seen) {
    const gaps = at.slice(1).map((n, i) => n - (at[i] ?? 0));
    if (at.length < 2 || Math.min(...gaps) < MIN_PAGE_GAP) continue;
    // Page two's header repeats the first page's letterhead: a two-page brief shows it only twice.
    const inLetterhead = top.has(at[0] ?? -1);
    if (at.length >= REPEAT_THRESHOLD || inLetterhead) furniture.add(key);
    if (inLetterhead) keep.add(at[0] ?? -1);
  }
  const dropped: string[] = [];
  const kept = lines.map((line, i) => {
    const key = line.trim();
    if (!key || keep.has(i) || line.includes('\t') || !(furniture.has(key) || PAGE_NUMBER.test(key))) return line;
    dropped.push(key);
    return '';
  });
  return { lines: kept, dropped };
}

/** Indexes of the document's first few non-blank lines, where a letterhead sits. */
function topLines(lines: string[]): Set<number> {
  const top = new Set<number>();
  for (let i = 0; i < lines.length && top.size < LETTERHEAD_LINES; i++) if (lines[i]?.trim()) top.add(i);
  return top;
}

function isHeaderCandidate(line: string, key: string): boolean {
  // Headings, bold labels and list items repeat legitimately; page furniture is plain text.
  return (
    key.length > 0 &&
    key.length <= 80 &&
    !line.includes('\t') &&
    /\p{L}/u.test(key) &&
    !/^[#*\-•·○◦▪]|:$|\*\*/u.test(key)
  );
}

/** A line made only of table rules ("--\t--", "|---|", "====") carries no content. */
export function isSeparatorLine(line: string): boolean {
  return /^[\s\-=_|:+*~]*$/.test(line) && /[-=_~]{2,}|\*{3,}/.test(line);
}

const INLINE_TAGS = /^(?:b|strong|i|em|u|s|sup|sub|span|font|a|small|big|mark|ins|del|abbr|code)$/i;

/**
 * Removes HTML tags (not a lone "<" or ">" that belongs to the text). Inline tags vanish so
 * "XXI<sup>e</sup>" stays one word; block tags become a space so paragraphs do not glue together.
 */
export function stripTags(s: string): string {
  return s.replace(/<\/?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?\/?>/g, (_m, name: string) =>
    INLINE_TAGS.test(name) ? '' : ' ',
  );
}

/** One fragment as plain text: no tags, entities decoded, no markdown emphasis, single spaces. */
export function cleanInline(s: string): string {
  return decodeEntities(stripTags(s))
    .replace(/\*\*|__/g, '')
    .replace(/\\$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Word's markdown export breaks a bold run across lines ("**Commissaire,  \nVille de Montréal**").
 * Rejoins such lines so each bold run is one line; gives up after three lines.
 */
export function joinBrokenBold(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    let j = i;
    while (countBold(line) % 2 === 1 && j + 1 < lines.length && j - i < 2) {
      const next = lines[j + 1] ?? '';
      if (!next.trim() || countBold(next) % 2 === 0) break;
      line = `${line.trimEnd()} ${next.trim()}`;
      j++;
    }
    out.push(line);
    i = j;
  }
  return out;
}

function countBold(line: string): number {
  return line.split('**').length - 1;
}
