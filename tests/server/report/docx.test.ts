// The Word report: real heading styles for the outline, the speakers in a table, the photo
// embedded, and the report's texts in the document.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/model.js';
import { renderDocx } from '../../../server/report/docx.js';
import { openDocx } from '../../fixtures/report/docxXml.js';
import { makePng } from '../../fixtures/report/photo.js';
import {
  SEED_AUDIENCE,
  SEED_MAIN_ANSWERS,
  SEED_NOTES,
  SEED_NOW,
  SEED_TITLE,
  seedSession,
} from '../../fixtures/report/seedSession.js';

describe('Word report', async () => {
  const docx = await renderDocx(buildReport(seedSession('fr').state, SEED_NOW), [
    { data: makePng(), mime: 'image/png' },
  ]);
  const { documentXml, files, text } = await openDocx(docx);

  it('is a zip holding a Word document', () => {
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(files).toContain('word/document.xml');
  });

  it('contains the report texts', () => {
    for (const t of [
      SEED_TITLE,
      'Kevin Ossah (OJEDD)',
      '19 + live',
      '8 octobre 2021',
      '20h–21h30, heure de Séoul',
      ...SEED_MAIN_ANSWERS.map((a) => a.text),
      ...SEED_AUDIENCE.map((q) => q.text),
      ...SEED_NOTES.roderick,
      'Rapport généré par Palabre le 8 octobre 2021 à 21h35 (heure de Séoul)',
    ]) {
      expect(text).toContain(t);
    }
  });

  it('uses Word heading styles, so the navigation pane shows the sections', () => {
    expect(documentXml).toContain('<w:pStyle w:val="Title"/>');
    for (const level of ['Heading1', 'Heading2', 'Heading3'])
      expect(documentXml).toContain(`<w:pStyle w:val="${level}"/>`);
    const headings1 = [
      ...documentXml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*<\/w:p>/g),
    ].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    expect(headings1).toEqual([
      'Nom du modérateur/modératrice',
      'Intervenant(e)s',
      'Question principale',
      'Résumé des présentations',
      'Réponses à la question principale',
      'Réponses aux questions directrices',
      'Questions pertinentes et réponses du public',
      'Résumé ou conclusion du modérateur',
      'Captures d&apos;écran / photo de groupe de la session',
      'Annexe',
    ]);
  });

  it('puts the speakers in a table with their planned and spoken minutes', () => {
    const tables = documentXml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(1);
    const rows = (tables[0]?.match(/<w:tr>.*?<\/w:tr>/g) ?? []).map((r) =>
      [...r.matchAll(/<w:tc>.*?<\/w:tc>/g)].map((c) =>
        [...c[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
      ),
    );
    expect(rows).toEqual([
      ['Intervenant(e)', 'Organisation', 'Pays', 'Présentation', 'Temps prévu', 'Temps de parole'],
      [
        'Ben Amar Zeghadi',
        'CRESS Mayotte',
        'France',
        'Hub de l&apos;ESS : Impact local pour une initiative mondiale',
        '10 min',
        '12 min',
      ],
      ['Maud Cahurel', 'Nouvelle Aquitaine', 'France', 'Agrément de coopération quadripartite', '10 min', '9 min'],
      ['Rodérick Egal', 'iesMed', '', '', '10 min', '11 min'],
    ]);
  });

  it('embeds the photo', () => {
    // The photo, the speaking-time chart and the participation timeline.
    expect(files.filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(3);
    expect(documentXml).toContain('<pic:pic');
  });

  it('embeds a JPEG photo as a JPEG', async () => {
    const { readFileSync } = await import('node:fs');
    const jpg = readFileSync(new URL('../../fixtures/report/photo.jpg', import.meta.url));
    const out = await openDocx(
      await renderDocx(buildReport(seedSession('en').state, SEED_NOW), [{ data: jpg, mime: 'image/jpeg' }]),
    );
    expect(out.files.filter((f) => /^word\/media\/.+\.jpe?g$/.test(f))).toHaveLength(1);
  });
});
