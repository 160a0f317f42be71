// Turning the rapporteur's free text into report structure: notes into bullet points, the
// conclusion into paragraphs. Typed bullet markers are dropped so each renderer draws its own.

const BULLET = /^(?:[-*•–—·▪◦‣>]+|\d{1,3}[.)])\s+/;

/** One key point per non-empty line, without the "-", "•" or "1." the rapporteur typed. */
export function noteBullets(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim().replace(BULLET, '').trim())
    .filter((line) => line.length > 0);
}

/** A list in the rapporteur's notes: bullets or numbers, each item with its own sub-list. */
export interface NoteList {
  ordered: boolean;
  /** The number the rapporteur started an ordered list at (1 unless typed otherwise). */
  start: number;
  items: NoteItem[];
}

export interface NoteItem {
  text: string;
  children: NoteList | null;
}

const ORDERED = /^(\d{1,3})[.)]\s+/;
const UNORDERED = /^(?:[-*•–—·▪◦‣>]+)\s+/;

/** Leading whitespace as columns (a tab is four). */
function indentOf(line: string): number {
  let n = 0;
  for (const c of line) {
    if (c === ' ') n += 1;
    else if (c === '\t') n += 4;
    else break;
  }
  return n;
}

/**
 * The notes as a nested list, as the rapporteur typed them: a line indented deeper than the one
 * before is a sub-item of it, "1." or "2)" makes a numbered list, "-", "*" or "•" (or nothing) a
 * bulleted one. Markers are dropped: each renderer draws its own.
 */
export function noteList(text: string): NoteList {
  const root: NoteList = { ordered: false, start: 1, items: [] };
  const stack: { indent: number; list: NoteList }[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const body = raw.trim();
    if (!body) continue;
    const indent = indentOf(raw);
    const num = ORDERED.exec(body);
    const item: NoteItem = { text: body.replace(num ? ORDERED : UNORDERED, '').trim(), children: null };
    if (!item.text) continue;
    if (!stack.length) {
      root.ordered = !!num;
      root.start = num ? Number(num[1]) : 1;
      stack.push({ indent, list: root });
    }
    while (stack.length > 1 && indent < (stack[stack.length - 1]?.indent ?? 0)) stack.pop();
    const top = stack[stack.length - 1];
    if (!top) continue;
    const parent = top.list.items[top.list.items.length - 1];
    if (indent > top.indent && parent) {
      const child: NoteList = { ordered: !!num, start: num ? Number(num[1]) : 1, items: [item] };
      parent.children = child;
      stack.push({ indent, list: child });
    } else {
      top.list.items.push(item);
    }
  }
  return root;
}

/** Paragraphs separated by blank lines; single line breaks stay inside their paragraph. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
