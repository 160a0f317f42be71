// The report of the project's own filled session (tests/fixtures/report/forumSession.ts) carries
// every curated text verbatim, in order, in Markdown and HTML, and nothing the session left out.
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../shared/report/html.js';
import { renderMarkdown } from '../../../shared/report/markdown.js';
import { buildReport } from '../../../shared/report/model.js';
import {
  FORUM_AUDIENCE,
  FORUM_CONCLUSION,
  FORUM_GUIDING,
  FORUM_LEFT_OUT,
  FORUM_MAIN_ANSWERS,
  FORUM_NOTES,
  FORUM_NOW,
  FORUM_TITLE,
  forumSession,
  KARIM_TYPED,
} from '../../fixtures/report/forumSession.js';

const report = buildReport(forumSession('fr').state, FORUM_NOW);
const md = renderMarkdown(report, { photoSrc: 'photo.jpg' });
const html = renderHtml(report, { photoSrc: 'photo.jpg' });
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The texts the report must carry, in the order it gives them. */
const KEPT = [
  FORUM_TITLE,
  ...Object.values(FORUM_NOTES).flat(),
  ...FORUM_MAIN_ANSWERS.map((a) => a.text),
  FORUM_GUIDING.r1q2,
  FORUM_GUIDING.r2q1,
  ...FORUM_AUDIENCE.flatMap((q) => [q.text, ...q.replies.map((r) => r.gist)]),
  ...FORUM_CONCLUSION.split('\n\n'),
];

describe('report of the forum session', () => {
  it('lists the main answers in order with who gave them, the corrected text in place of the typed one', () => {
    const s = report.sections.find((x) => x.kind === 'mainAnswers');
    const answers = s?.kind === 'mainAnswers' ? s.answers : [];
    expect(answers.map((a) => [a.number, a.person.name, a.person.organization, a.person.country, a.text])).toEqual(
      FORUM_MAIN_ANSWERS.map((a, i) => [i + 1, a.name, a.organization, a.country, a.text]),
    );
    expect(answers.filter((a) => a.highlight).map((a) => a.person.name)).toEqual(['Geneviève Tremblay']);
  });

  it('carries every kept text verbatim and in order, in Markdown', () => {
    let from = 0;
    for (const text of KEPT) {
      const at = md.indexOf(text, from);
      expect(at, text).toBeGreaterThanOrEqual(0);
      from = at + text.length;
    }
  });

  it('carries every kept text in HTML, escaped once', () => {
    for (const text of KEPT) expect(html, text).toContain(escapeHtml(text));
  });

  it('leaves out withdrawn, hidden and excluded items and the uncorrected text', () => {
    for (const text of [...FORUM_LEFT_OUT, KARIM_TYPED]) {
      expect(md, text).not.toContain(text);
      expect(html, text).not.toContain(escapeHtml(text));
    }
  });
});
