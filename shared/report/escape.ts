// Escaping participant text for each output, so what a participant typed is shown as typed and
// can never become markup, a link, a script or a spreadsheet formula.

/** Characters XML 1.0 (and so Word) refuses, and C1 controls that no one types on purpose. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

export function stripControls(text: string): string {
  return text.replace(CONTROL, '');
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in quoted attributes. */
export function escapeHtml(text: string): string {
  return stripControls(text).replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

/**
 * Inline Markdown: backslash-escapes the ASCII punctuation CommonMark or GFM gives a meaning inside
 * a line: emphasis, code, links and images (an unbracketed "(" or "!" is inert), raw HTML and
 * autolinks, entities, tables, strikethrough, and "#" (a heading's closing sequence).
 */
function escapeMarkdownInline(text: string): string {
  return neutraliseAutolinks(text.replace(/[\\`*_[\]<#|~&]/g, (c) => `\\${c}`));
}

/**
 * GFM's extended autolinks ("www.x.org", "https://x.org", "name@x.org") made plain text: an
 * escaped ":", "." or "@" prints the same character but no longer starts or joins a link.
 */
function neutraliseAutolinks(text: string): string {
  return text
    .replace(/\b(https?|ftp|mailto|xmpp):/gi, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@');
}

/** What starts a block at the beginning of a line: headings, quotes, list items, rules, setext underlines. */
const BLOCK_START = /^(\s*)([-+=>]|\d+(?=[.)]))/;

/**
 * Markdown-escapes participant text, line by line, so it renders as the same visible text.
 * Lines are joined with hard breaks (a trailing backslash) indented by `indent`, which keeps a
 * multi-line answer inside its list item.
 */
export function escapeMarkdown(text: string, indent = ''): string {
  return (
    stripControls(text)
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.trim())
      // A blank line would end the list item the text sits in.
      .filter((line) => line.length > 0)
      .map((line) =>
        escapeMarkdownInline(line).replace(BLOCK_START, (_m, sp: string, mark: string) => `${sp}${escapeLead(mark)}`),
      )
      .join(`\\\n${indent}`)
  );
}

/** "1." at a line start would begin a numbered list: escape the dot or paren after the digits instead. */
function escapeLead(mark: string): string {
  return /^\d+$/.test(mark) ? `${mark}\\` : `\\${mark}`;
}
