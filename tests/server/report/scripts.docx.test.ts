// The Word report in every script: the document's language is the session's (w:lang), Arabic,
// Hebrew and Hangul runs carry their own, right-to-left runs are marked so (w:rtl) and a
// right-to-left paragraph is set right to left (w:bidi). Pages are numbered and carry the
// session title in their header; an audience question stays on the page of its replies.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../server/report/docx.js';
import { buildReport } from '../../../shared/report/model.js';
import { openDocx } from '../../fixtures/report/docxXml.js';
import { ARABIC_ANSWER, HEBREW_ANSWER, SCRIPT_NAMES, scriptsSession } from '../../fixtures/report/scriptsSession.js';
import { SEED_NOW, SEED_TITLE, seedSession } from '../../fixtures/report/seedSession.js';

/** The run (<w:r>…</w:r>) whose text is exactly `text`. */
function runOf(xml: string, text: string): string {
  const run = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>/gs)].find((m) => m[0].includes(`>${text}</w:t>`));
  if (!run) throw new Error(`no run "${text}"`);
  return run[0];
}

describe('Word report in every script', async () => {
  const b = scriptsSession();
  const docx = await openDocx(await renderDocx(buildReport(b.state, b.now)));

  it('sets the document language to the session language', () => {
    expect(docx.stylesXml).toMatch(/<w:docDefaults>.*<w:lang w:val="fr-FR"\/>.*<\/w:docDefaults>/s);
  });

  it('marks Arabic and Hebrew runs right to left with their language, and Hangul with its own', () => {
    const ar = runOf(docx.documentXml, SCRIPT_NAMES[1]);
    expect(ar).toContain('<w:rtl/>');
    expect(ar).toContain('w:bidi="ar-SA"');
    expect(runOf(docx.documentXml, HEBREW_ANSWER)).toMatch(/<w:rtl\/>.*w:bidi="he-IL"|w:bidi="he-IL".*<w:rtl\/>/s);
    const kr = runOf(docx.documentXml, SCRIPT_NAMES[0]);
    expect(kr).toContain('w:eastAsia="ko-KR"');
    expect(kr).not.toContain('<w:rtl/>');
    const vi = runOf(docx.documentXml, SCRIPT_NAMES[2]);
    expect(vi).not.toContain('<w:rtl/>');
    expect(docx.text).toContain(ARABIC_ANSWER);
    for (const name of SCRIPT_NAMES) expect(docx.text).toContain(name);
  });

  it('numbers pages and puts the session title in the header', async () => {
    const seed = await openDocx(await renderDocx(buildReport(seedSession('fr').state, SEED_NOW)));
    const headers = seed.files.filter((f) => /^word\/header\d*\.xml$/.test(f));
    const footers = seed.files.filter((f) => /^word\/footer\d*\.xml$/.test(f));
    const header = (await Promise.all(headers.map(seed.part))).join('');
    const footer = (await Promise.all(footers.map(seed.part))).join('');
    expect(header).toContain(SEED_TITLE);
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it('keeps headings with what follows and an audience question with its replies', async () => {
    const seed = await openDocx(await renderDocx(buildReport(seedSession('fr').state, SEED_NOW)));
    const paras = [
      ...seed.documentXml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>|<w:p [^>]*>(?:(?!<\/w:p>).)*<\/w:p>/gs),
    ].map((m) => m[0]);
    const headings = paras.filter((p) => /<w:pStyle w:val="Heading1"\/>/.test(p));
    expect(headings.length).toBeGreaterThan(5);
    for (const h of headings) expect(h).toContain('<w:keepNext/>');
    // A question with two replies: the question and the first reply keep with the next, the last does not.
    const level = (i: number) => /<w:ilvl w:val="(\d)"\/>/.exec(paras[i] ?? '')?.[1];
    const q = paras.findIndex(
      (p, i) => p.includes('>Question') && level(i) === '0' && level(i + 1) === '1' && level(i + 2) === '1',
    );
    expect(q).toBeGreaterThan(-1);
    expect(paras[q]).toContain('<w:keepNext/>');
    expect(paras[q + 1]).toContain('<w:keepNext/>');
    expect(paras[q + 2]).not.toContain('<w:keepNext/>');
  });
});
