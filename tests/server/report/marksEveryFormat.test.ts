// The same words in every format: plural forms by the session language ("1 vote", "2 votes"),
// the moderator's featured answer and the rapporteur's key point marked alike, and an empty
// section's placeholder, in Markdown, HTML, Word and PDF.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../server/report/docx.js';
import { renderPdf } from '../../../server/report/pdf.js';
import type { Language } from '../../../shared/definition.js';
import { MAIN_QUESTION_ID } from '../../../shared/definition.js';
import { renderHtml } from '../../../shared/report/html.js';
import { renderMarkdown } from '../../../shared/report/markdown.js';
import { buildReport } from '../../../shared/report/model.js';
import { participant, SessionBuilder } from '../../fixtures/report/builder.js';
import { openDocx } from '../../fixtures/report/docxXml.js';
import { pdfText } from '../../fixtures/report/pdfText.js';

function session(language: Language) {
  const b = new SessionBuilder('MARKS', { language, mainQuestion: 'Q?', speakers: [], moderation: 'publish' }, 0);
  for (const id of ['p1', 'p2', 'p3']) b.join(id, { name: `Person ${id}` });
  b.mod({ type: 'phase:set', phase: { kind: 'question', questionId: MAIN_QUESTION_ID } });
  b.answer('p1', 'a1', MAIN_QUESTION_ID, 'featured answer');
  b.answer('p2', 'a2', MAIN_QUESTION_ID, 'key point answer');
  b.mod({ type: 'answer:moderate', answerId: 'a1', featured: true });
  b.rap({ type: 'answer:curate', answerId: 'a2', highlight: true });
  b.mod({ type: 'audience:toggle', open: true });
  b.ask('p1', 'q-one', 'one vote question');
  b.ask('p2', 'q-two', 'two votes question');
  b.run(participant('p3'), { type: 'aq:vote', questionId: 'q-one', up: true });
  b.run(participant('p1'), { type: 'aq:vote', questionId: 'q-two', up: true });
  b.run(participant('p3'), { type: 'aq:vote', questionId: 'q-two', up: true });
  return b;
}

async function allFormats(language: Language): Promise<Record<string, string>> {
  const m = buildReport(session(language).state, 0);
  return {
    md: renderMarkdown(m).replace(/\\/g, ''),
    html: renderHtml(m),
    docx: (await openDocx(await renderDocx(m))).text.replace(/\n/g, ' '),
    pdf: pdfText(await renderPdf(m)),
  };
}

const EXPECTED = {
  fr: { one: '1 vote', two: '2 votes', featured: '◆ Mise en avant', key: '★ À retenir', empty: 'Non renseigné.' },
  en: { one: '1 vote', two: '2 votes', featured: '◆ Featured', key: '★ Key point', empty: 'Not provided.' },
  es: { one: '1 voto', two: '2 votos', featured: '◆ Destacada', key: '★ Punto clave', empty: 'Sin información.' },
} as const;

describe.each(['fr', 'en', 'es'] as const)('marks in every format (%s)', (language) => {
  it('writes plurals, both marks and the empty placeholder alike in Markdown, HTML, Word and PDF', async () => {
    const e = EXPECTED[language];
    for (const [format, text] of Object.entries(await allFormats(language))) {
      expect(text, format).toContain(e.one);
      expect(text, format).not.toContain(`1 ${e.two.split(' ')[1]}`);
      expect(text, format).toContain(e.two);
      expect(text, format).toContain(e.featured);
      expect(text, format).toContain(e.key);
      expect(text, format).toContain(e.empty);
    }
  });
});
