// The text of a Word (.docx) brief, shaped the way briefs look when copied out of Word — which is
// what the brief importer reads best. Mammoth's raw text loses the speaker table (every cell becomes
// a paragraph); its HTML keeps it, so tables come out as tab-separated rows.
import mammoth from 'mammoth';

const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export const isZip = (b: Buffer): boolean => b.length >= 4 && b.readUInt32BE(0) === 0x504b0304;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });

/**
 * Mammoth's HTML of a Word document, as the text the importer reads best — the shape briefs take
 * when copied out of Word: one paragraph per line, headings as "## …", bold as **…**, numbered
 * lists as "1. …", and each table row as one line of tab-separated cells whose content keeps its
 * <p> and <b> marks (the speaker table's talk titles are its bold first paragraphs).
 */
export function briefTextFromHtml(html: string): string {
  const out: string[] = [];
  let line = '';
  let tableDepth = 0;
  let row: string[] | null = null;
  let cell: string | null = null;
  const rows: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  const flush = () => {
    const l = line.replace(/[ \t]+/g, ' ').trim();
    if (l && l !== '**' && l !== '****') out.push(l, '');
    line = '';
  };
  const tokens = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>|([^<]+)/g;
  for (let m = tokens.exec(html); m; m = tokens.exec(html)) {
    const [, close, rawTag, , text] = m;
    if (text !== undefined) {
      if (cell !== null) cell += text.replace(/[\t\r\n]+/g, ' ');
      else line += decode(text).replace(/[\t\r\n]+/g, ' ');
      continue;
    }
    const tag = rawTag!.toLowerCase();
    const closing = close === '/';
    if (tag === 'table') {
      if (!closing) {
        tableDepth++;
        if (tableDepth === 1) flush();
        else if (cell !== null) cell += '<p>';
      } else {
        tableDepth = Math.max(0, tableDepth - 1);
        if (tableDepth === 0) {
          out.push(...rows.splice(0), '');
          row = null;
          cell = null;
        } else if (cell !== null) cell += '</p>';
      }
      continue;
    }
    if (tableDepth > 0) {
      if (tableDepth === 1 && tag === 'tr') {
        if (!closing) row = [];
        else if (row) {
          if (row.some((c) => c.trim())) rows.push(row.join('\t'));
          row = null;
        }
        continue;
      }
      if (tableDepth === 1 && (tag === 'td' || tag === 'th')) {
        if (!closing) cell = '';
        else if (cell !== null) {
          row?.push(cell.replace(/<p>\s*<\/p>/g, '').trim());
          cell = null;
        }
        continue;
      }
      if (cell === null) continue;
      if (tag === 'strong' || tag === 'b') cell += closing ? '</b>' : '<b>';
      else if (tag === 'p' || tag === 'tr' || tag === 'td' || tag === 'th') cell += closing ? '</p>' : '<p>';
      else if (/^h[1-6]$/.test(tag)) cell += closing ? '</b></p>' : '<p><b>';
      else if (tag === 'li') cell += closing ? '</li>' : '<li>';
      else if (tag === 'br') cell += '<br>';
      continue;
    }
    if (tag === 'ul' || tag === 'ol') {
      flush();
      if (!closing) lists.push({ ordered: tag === 'ol', n: 0 });
      else lists.pop();
      continue;
    }
    if (tag === 'li') {
      flush();
      if (!closing) {
        const list = lists[lists.length - 1];
        const indent = '  '.repeat(Math.max(0, lists.length - 1));
        if (list) list.n++;
        line = indent + (list?.ordered ? `${list.n}. ` : '- ');
      }
      continue;
    }
    if (/^h[1-6]$/.test(tag)) {
      flush();
      if (!closing) line = `${'#'.repeat(Number(tag[1]))} `;
      continue;
    }
    if (tag === 'p') {
      // A paragraph inside a list item continues the item.
      if (!closing && !/^\s*(?:\d+\.|-)\s*$/.test(line)) flush();
      else if (closing) flush();
      continue;
    }
    if (tag === 'strong' || tag === 'b') line += '**';
    else if (tag === 'br') line += ' ';
  }
  flush();
  return out
    .join('\n')
    .replace(/\*\*\s*\*\*/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text of a .docx brief; throws when the bytes are not a readable Word document. */
export async function docxBriefText(buffer: Buffer): Promise<string> {
  if (!isZip(buffer)) throw new Error('not a ZIP archive');
  // Pictures are never unpacked: the importer reads text only.
  const { value } = await mammoth.convertToHtml({ buffer }, { convertImage: NO_IMAGES });
  return briefTextFromHtml(value);
}
