// The PDF report: a real PDF with the photo as an image, and every character drawn with an
// embedded font (read back with poppler's pdftotext).
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/model.js';
import { renderPdf } from '../../../server/report/pdf.js';
import { makePng } from '../../fixtures/report/photo.js';
import { pdfText } from '../../fixtures/report/pdfText.js';
import { SessionBuilder } from '../../fixtures/report/builder.js';
import { SEED_MAIN_ANSWERS, SEED_NOW, SEED_TITLE, seedSession } from '../../fixtures/report/seedSession.js';

describe('PDF report', async () => {
  const pdf = await renderPdf(buildReport(seedSession('fr').state, SEED_NOW), [{ data: makePng(), mime: 'image/png' }]);
  const text = pdfText(pdf);

  it('is a PDF', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('includes the photo as an image', () => {
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
  });

  it('draws the accented report text', () => {
    for (const t of [
      SEED_TITLE,
      'Nom du modérateur/modératrice',
      'Kevin Ossah (OJEDD)',
      'Résumé des présentations',
      'Réponses à la question principale',
      "Côte d'Ivoire",
      '8 octobre 2021',
    ]) {
      expect(text).toContain(t);
    }
    expect(text).toContain(SEED_MAIN_ANSWERS[0].text);
  });

  it('draws typographic punctuation and letters outside Windows-1252 as typed', async () => {
    const b = new SessionBuilder(
      'ACC',
      { language: 'fr', mainQuestion: 'Œuvre “cœur” – l’été… → 5 € ; Ştefan Łódź Αθήνα Москва', speakers: [] },
      0,
    );
    const out = pdfText(await renderPdf(buildReport(b.state, 0)));
    expect(out).toContain('Œuvre “cœur” – l’été… → 5 € ; Ştefan Łódź Αθήνα Москва');
  });

  it('renders without a photo, and with an unreadable one', async () => {
    const m = buildReport(seedSession('en').state, SEED_NOW);
    expect(pdfText(await renderPdf(m))).toContain('No photo.');
    expect(pdfText(await renderPdf(m, [{ data: Buffer.from('not a png'), mime: 'image/png' }]))).toContain('No photo.');
  });
});
