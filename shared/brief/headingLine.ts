// Recognises a heading line in any of the shapes briefs take once extracted:
//   "## Background", "#### • Objectives", "○ **Session title:** value", "- **Modératrice:** value",
//   "o **Moderator and Speakers**", "Round 1", "Date: 8 October 2021", "Titre de la session:\tvalue".
import { decodeEntities } from './entities.js';
import { matchLabel, type Lang, type SectionKey } from './headings.js';
import { cleanInline } from './normalize.js';

export interface HeadingLine {
  /** 'unknown': looks like a heading (markdown "#", bold "Label:") but its label is not in any vocabulary. */
  key: SectionKey | 'unknown';
  lang: Lang | null;
  /** The label as written, cleaned. */
  label: string;
  /** Text after the label on the same line, still raw (may hold HTML or markdown); '' if none. */
  value: string;
}

export interface HeadingContext {
  /** Inside a speaker list, descriptions hold bold lines and "Label: text" sentences that are not headings. */
  inSpeakers: boolean;
}

const BULLET = /^(?:[-*+•·○◦▪▫■□►▸➢➤✓✔]|o(?=\s))\s*/u;
const NUMBER = /^(?:\d{1,2}|[IVX]{1,4})[.)]\s+/;
const MAX_PLAIN_LABEL_WORDS = 6;

function stripBullet(s: string): string {
  // A bold marker "**" is not a "*" bullet.
  if (s.startsWith('**')) return s;
  return s.replace(BULLET, '');
}

function splitColon(s: string): [string, string] {
  const i = s.indexOf(':');
  return i < 0 ? [s.trim(), ''] : [s.slice(0, i).trim(), s.slice(i + 1).trim()];
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Markdown-ish text of the line: <h2> becomes "#", <b> becomes "**", other tags go. */
function toMarkdown(raw: string): string {
  return decodeEntities(
    raw
      .replace(/<h[1-6]\b[^>]*>/gi, '# ')
      .replace(/<\/?(?:b|strong)\b[^>]*>/gi, '**')
      .replace(/<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>/g, ''),
  )
    .replace(/\*\*\s*\*\*/g, '')
    .trim();
}

function readTabHeading(raw: string, ctx: HeadingContext): HeadingLine | null {
  const cells = raw.split('\t').map(cleanInline).filter(Boolean);
  if (cells.length !== 2) return null;
  const label = (cells[0] ?? '').replace(/\s*:\s*$/, '');
  if (words(label) > MAX_PLAIN_LABEL_WORDS) return null;
  const m = matchLabel(label);
  if (!m || (ctx.inSpeakers && m.key !== 'moderator')) return null;
  return { key: m.key, lang: m.lang, label, value: cells[1] ?? '' };
}

export function readHeading(raw: string, ctx: HeadingContext): HeadingLine | null {
  if (raw.includes('\t')) return readTabHeading(raw, ctx);
  let s = toMarkdown(raw);
  if (!s || s.length > 5_000) return null;

  const hash = /^#{1,6}\s*/.exec(s);
  if (hash) s = s.slice(hash[0].length);
  s = stripBullet(s);
  const numbered = NUMBER.test(s);
  s = stripBullet(s.replace(NUMBER, ''));

  let label: string;
  let value: string;
  let colonForm = false;
  const bold = /^(?:\*\*|__)(.+?)(?:\*\*|__)\s*(.*)$/.exec(s);
  if (bold) {
    const inner = stripBullet((bold[1] ?? '').trim());
    const rest = bold[2] ?? '';
    if (/:\s*$/.test(inner)) [label, value, colonForm] = [inner.replace(/\s*:\s*$/, ''), rest, true];
    else if (rest.startsWith(':')) [label, value, colonForm] = [inner, rest.slice(1).trim(), true];
    else if (!rest) [label, value] = splitColon(inner);
    else if (hash) [label, value] = splitColon(s.replace(/\*\*|__/g, ''));
    else return null; // a bold lead-in followed by text, e.g. "**Speaker 1** CRESS…"
  } else if (hash) {
    [label, value] = splitColon(s);
  } else {
    [label, value] = numbered ? [s.replace(/\s*:\s*$/, ''), ''] : splitColon(s);
    if (words(label) > MAX_PLAIN_LABEL_WORDS) return null;
    if (ctx.inSpeakers && (value || words(label) < 2)) return null;
  }
  label = cleanInline(label);
  const m = matchLabel(label);
  if (m) return { key: m.key, lang: m.lang, label, value };
  if (hash && words(cleanInline(s)) <= 15) return { key: 'unknown', lang: null, label: cleanInline(s), value: '' };
  if (colonForm && !ctx.inSpeakers && words(label) <= 8) return { key: 'unknown', lang: null, label, value };
  return null;
}
