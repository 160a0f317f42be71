// Paragraph handling for body text. Extraction splits paragraphs at page and table-cell breaks
// ("…favorisant la compréhension" / "des phénomènes…"), so fragments are glued back when one ends
// mid-sentence and the next starts in lowercase.
import { cleanInline } from './normalize.js';

const LIST_ITEM = /^(?:[-*+•·○◦▪▫■►▸➢➤✓✔]|o(?=\s)|\d{1,2}[.)]|[a-h][.)])\s+/u;
const SENTENCE_END = /[.!?:;…»"”)\]]$/;

export function isListItem(s: string): boolean {
  return LIST_ITEM.test(s);
}

/** Bullets of any kind become "- "; numbered items keep their number. */
function normalizeListMarker(s: string): string {
  return s.replace(/^(?:[*+•·○◦▪▫■►▸➢➤✓✔]|o(?=\s))\s+/u, '- ');
}

/** Raw body lines → cleaned paragraphs. Blank lines separate; a list item starts its own paragraph. */
export function toParagraphs(lines: string[]): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = () => {
    if (buf) out.push(buf);
    buf = '';
  };
  for (const raw of lines) {
    const line = cleanInline(raw);
    if (!line) {
      flush();
      continue;
    }
    if (isListItem(line)) {
      flush();
      buf = normalizeListMarker(line);
    } else buf = buf ? `${buf} ${line}` : line;
  }
  flush();
  return out;
}

/**
 * Glues a lowercase paragraph to the latest one that stopped mid-sentence. That is usually the
 * previous paragraph; in a table extracted column after column it can be an earlier one (the end of
 * a description cell continues after the bio cell's own continuation).
 */
export function mergeBroken(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const dangling = /^\p{Ll}/u.test(p) ? findLastIndex(out, (q) => !SENTENCE_END.test(q)) : -1;
    if (dangling >= 0) out[dangling] = `${out[dangling] ?? ''} ${p}`;
    else out.push(p);
  }
  return out;
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

/** Paragraphs → one text: list items one per line, other paragraphs separated by a blank line. */
export function joinParagraphs(paragraphs: string[]): string {
  return paragraphs
    .map((p, i) => {
      if (i === 0) return p;
      const prev = paragraphs[i - 1] ?? '';
      return (isListItem(p) && isListItem(prev) ? '\n' : '\n\n') + p;
    })
    .join('');
}
