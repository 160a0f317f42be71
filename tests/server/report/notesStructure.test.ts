// The rapporteur's notes keep their structure in every format: nested bullets stay nested,
// numbered lists stay numbered (Markdown, HTML, Word and PDF).
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../server/report/docx.js';
import { renderPdf } from '../../../server/report/pdf.js';
import { renderHtml } from '../../../shared/report/html.js';
import { noteList } from '../../../shared/report/lines.js';
import { renderMarkdown } from '../../../shared/report/markdown.js';
import { buildReport } from '../../../shared/report/model.js';
import { SessionBuilder } from '../../fixtures/report/builder.js';
import { openDocx } from '../../fixtures/report/docxXml.js';
import { pdfTextRaw } from '../../fixtures/report/pdfText.js';

const NOTES = [
  '1. Hub régional',
  '   - population jeune',
  '   - Groenland, Aruba',
  '2. Feuille de route',
  '   1. département',
  '   2. métropole',
  '3. Télétravail',
].join('\n');

function session() {
  const b = new SessionBuilder('NOTES', { language: 'fr', speakers: [{ id: 'ben', name: 'Ben' }] }, 0);
  return b.rap({ type: 'notes:save', speakerId: 'ben', text: NOTES, baseRev: 0 });
}

describe('structured notes', () => {
  it('parse into a numbered list with nested sub-lists', () => {
    const list = noteList(NOTES);
    expect(list.ordered).toBe(true);
    expect(list.items.map((i) => i.text)).toEqual(['Hub régional', 'Feuille de route', 'Télétravail']);
    expect(list.items[0]?.children).toMatchObject({ ordered: false, items: [{ text: 'population jeune' }, {}] });
    expect(list.items[1]?.children).toMatchObject({ ordered: true, items: [{ text: 'département' }, {}] });
    expect(list.items[2]?.children).toBeNull();
  });

  it('keeps a typed start number and tabs as indentation', () => {
    const list = noteList('3) trois\n\t• sous-point\n4) quatre');
    expect(list).toMatchObject({ ordered: true, start: 3, items: [{ children: { ordered: false } }, {}] });
  });

  it('stay nested and numbered in Markdown', () => {
    const md = renderMarkdown(buildReport(session().state, 0));
    expect(md).toContain(
      '1. Hub régional\n   - population jeune\n   - Groenland, Aruba\n2. Feuille de route\n   1. département\n   2. métropole\n3. Télétravail',
    );
  });

  it('stay nested and numbered in HTML', () => {
    const html = renderHtml(buildReport(session().state, 0)).replace(/\n/g, '');
    expect(html).toContain(
      '<ol><li>Hub régional<ul><li>population jeune</li><li>Groenland, Aruba</li></ul></li><li>Feuille de route<ol><li>département</li><li>métropole</li></ol></li><li>Télétravail</li></ol>',
    );
  });

  it('stay nested and numbered in Word', async () => {
    const { documentXml, numberingXml } = await openDocx(await renderDocx(buildReport(session().state, 0)));
    const para = (text: string) => {
      const p = [...documentXml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].find((m) => m[0].includes(text));
      if (!p) throw new Error(`no paragraph ${text}`);
      return p[0];
    };
    const numbered = (text: string) => /<w:numId w:val="(\d+)"\/>/.exec(para(text))?.[1];
    const level = (text: string) => /<w:ilvl w:val="(\d+)"\/>/.exec(para(text))?.[1];
    expect(level('Hub régional')).toBe('0');
    expect(level('population jeune')).toBe('1');
    expect(level('département')).toBe('1');
    // Each list has its own numbering instance: the sub-list restarts at 1; bullets are not numbers.
    expect(numbered('Hub régional')).toBe(numbered('Télétravail'));
    expect(numbered('département')).not.toBe(numbered('Hub régional'));
    expect(numbered('population jeune')).not.toBe(numbered('département'));
    const decimal = (id: string | undefined) => {
      const abs = new RegExp(`<w:num w:numId="${id}"[^>]*>\\s*<w:abstractNumId w:val="(\\d+)"`).exec(numberingXml)?.[1];
      const block = new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abs}".*?</w:abstractNum>`, 's').exec(
        numberingXml,
      );
      return /<w:numFmt w:val="decimal"\/>/.test(block?.[0] ?? '');
    };
    expect(decimal(numbered('Hub régional'))).toBe(true);
    expect(decimal(numbered('population jeune'))).toBe(false);
  });

  it('stay nested and numbered in the PDF', async () => {
    const text = pdfTextRaw(await renderPdf(buildReport(session().state, 0)), ['-layout']);
    const x = (s: string) => {
      const line = text.split('\n').find((l) => l.includes(s));
      if (!line) throw new Error(`no line ${s}`);
      return line.indexOf(s);
    };
    expect(text).toMatch(/1\.\s+Hub régional/);
    expect(text).toMatch(/2\.\s+métropole/);
    expect(x('population jeune')).toBeGreaterThan(x('Hub régional'));
    expect(x('département')).toBeGreaterThan(x('Feuille de route'));
    expect(x('Télétravail')).toBe(x('Hub régional'));
  });
});
