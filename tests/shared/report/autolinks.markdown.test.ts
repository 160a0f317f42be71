// Bare URLs, "www." addresses and e-mail addresses in participant text stay text in the Markdown
// report: GitHub-style (GFM) autolinking is broken by escapes that print the same characters.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../shared/report/escape.js';

/** What a CommonMark renderer shows for backslash escapes. */
const shown = (md: string): string => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('Markdown autolinks', () => {
  const typed = 'voir https://exemple.org/a?b=1, HTTP://X.ORG, www.ess.fr et ftp://f.net ; écrire à ana@coop.org';
  const md = escapeMarkdown(typed);

  it('leaves no sequence GFM would turn into a link', () => {
    expect(md).not.toMatch(/(https?|ftp):\/\//i);
    expect(md).not.toMatch(/(^|[^\\])www\./i);
    expect(md).not.toMatch(/[^\\]@/);
    expect(md).toContain('https\\://exemple.org/a?b=1');
    expect(md).toContain('www\\.ess.fr');
    expect(md).toContain('ana\\@coop.org');
  });

  it('prints exactly what was typed', () => {
    expect(shown(md)).toBe(typed);
  });
});
