// Participant text in the Markdown report shows as typed: no HTML, no links, no emphasis, no
// headings or lists it did not have. Removing the escapes gives back exactly what was typed.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../shared/report/escape.js';
import { renderMarkdown } from '../../../shared/report/markdown.js';
import { buildReport } from '../../../shared/report/model.js';
import {
  FORMULAS,
  IMG,
  INJECTION_NOW,
  MD_BLOCKS,
  MD_LINK,
  SCRIPT,
  injectionSession,
} from '../../fixtures/report/injectionSession.js';

/** What a CommonMark renderer shows for backslash escapes and our hard breaks. */
const unescapeMd = (md: string): string => md.replace(/\\\n\s*/g, '\n').replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('Markdown injection', () => {
  const md = renderMarkdown(buildReport(injectionSession().state, INJECTION_NOW));

  it('never lets raw HTML, links or emphasis through', () => {
    expect(md).not.toMatch(/(^|[^\\])<(script|img|div|b|i)\b/);
    expect(md).not.toMatch(/(^|[^\\])\[link(\\)?\]\(/);
    expect(md).not.toMatch(/(^|[^\\])\[x\]/);
    expect(md).toContain('\\<script>alert(1)\\</script>');
    expect(md).toContain('\\*\\*bold\\*\\* \\[link\\](javascript:alert(1))');
  });

  it('escapes line starts that would make headings, lists, quotes or underlines', () => {
    const escaped = escapeMarkdown(MD_BLOCKS, '   ');
    expect(escaped.split('\n').map((l) => l.trim())).toEqual([
      '\\# heading\\',
      '\\- item\\',
      '1\\. numbered\\',
      '\\> quote\\',
      '\\===\\',
      '\\<div>raw\\</div>',
    ]);
  });

  it('renders back to exactly the typed text', () => {
    for (const text of [SCRIPT, IMG, MD_LINK, MD_BLOCKS, ...FORMULAS.map((f) => f.trim()), 'a_b*c`d|e~f&amp;g#h']) {
      expect(unescapeMd(escapeMarkdown(text))).toBe(text);
    }
  });
});
