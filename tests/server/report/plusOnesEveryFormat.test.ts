// The +1s of a wall shown on phones, in every format: each answer's count, answers ordered by it
// (most first) in Markdown, HTML, Word and PDF, and a +1 column in the CSV. A session that never
// showed a wall reports as before.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../server/report/docx.js';
import { renderPdf } from '../../../server/report/pdf.js';
import { MAIN_QUESTION_ID } from '../../../shared/definition.js';
import { renderCsv } from '../../../shared/report/csv.js';
import { renderHtml } from '../../../shared/report/html.js';
import { renderMarkdown } from '../../../shared/report/markdown.js';
import { buildReport } from '../../../shared/report/model.js';
import { participant, SessionBuilder } from '../../fixtures/report/builder.js';
import { openDocx } from '../../fixtures/report/docxXml.js';
import { pdfText } from '../../fixtures/report/pdfText.js';

function session(wall: boolean) {
  const b = new SessionBuilder('PLUS', { language: 'en', mainQuestion: 'Q?', speakers: [], moderation: 'publish' }, 0);
  for (const id of ['p1', 'p2', 'p3']) b.join(id, { name: `Person ${id}` });
  b.mod({ type: 'phase:set', phase: { kind: 'question', questionId: MAIN_QUESTION_ID } });
  b.answer('p1', 'a1', MAIN_QUESTION_ID, 'Early answer');
  b.answer('p2', 'a2', MAIN_QUESTION_ID, 'Popular answer');
  if (wall) {
    b.mod({ type: 'wall:show', questionId: MAIN_QUESTION_ID, shown: true });
    b.run(participant('p1'), { type: 'answer:plusOne', answerId: 'a2', on: true });
    b.run(participant('p3'), { type: 'answer:plusOne', answerId: 'a2', on: true });
  }
  return b.state;
}

describe('+1 counts in the report', () => {
  it('lists the answers by +1 with their counts in Markdown, HTML, Word and PDF', async () => {
    const m = buildReport(session(true), 0);
    const texts = {
      md: renderMarkdown(m).replace(/\\/g, ''),
      html: renderHtml(m),
      docx: (await openDocx(await renderDocx(m))).text.replace(/\n/g, ' '),
      pdf: pdfText(await renderPdf(m)).replace(/\s+/g, ' '),
    };
    for (const [format, text] of Object.entries(texts)) {
      expect(text, format).toContain('Popular answer [+1: 2]');
      expect(text, format).toContain('Early answer [+1: 0]');
      expect(text.indexOf('Popular answer'), format).toBeLessThan(text.indexOf('Early answer'));
    }
  });

  it('adds a +1 column to the CSV', () => {
    const rows = renderCsv(session(true)).split('\r\n');
    expect(rows[0]).toMatch(/,Number of \+1s$/);
    expect(rows.find((r) => r.includes('Popular answer'))).toMatch(/,2$/);
    expect(rows.find((r) => r.includes('Early answer'))).toMatch(/,0$/);
  });

  it('leaves a session without a wall as it was: oldest first, no count, no column', () => {
    const s = session(false);
    const md = renderMarkdown(buildReport(s, 0));
    expect(md).not.toContain('+1');
    expect(md.indexOf('Early answer')).toBeLessThan(md.indexOf('Popular answer'));
    expect(renderCsv(s)).not.toContain('+1');
  });
});
