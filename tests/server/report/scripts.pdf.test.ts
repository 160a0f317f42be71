// The PDF prints every script: names in Hangul, Arabic, Vietnamese and Polish come back out of
// `pdftotext` as typed (the fonts are embedded, not replaced by "?"), and right-to-left text is
// set right to left (its words in visual order, read back in logical order).
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../server/report/pdf.js';
import { buildReport } from '../../../shared/report/model.js';
import { pdfText } from '../../fixtures/report/pdfText.js';
import { scriptsSession, SCRIPT_NAMES } from '../../fixtures/report/scriptsSession.js';

describe('PDF report in every script', async () => {
  const b = scriptsSession();
  const pdf = await renderPdf(buildReport(b.state, b.now));
  const text = pdfText(pdf);

  it('contains each participant name as typed', () => {
    for (const name of SCRIPT_NAMES) expect(text).toContain(name);
    // The old writer's replacement for what Windows-1252 lacks.
    expect(text).not.toMatch(/\?{2}/);
  });

  it('draws Greek, Cyrillic, Hebrew and emoji', () => {
    expect(text).toContain('Αθήνα, Москва, 서울');
    expect(text).toContain('דוד לוי');
    expect(text).toContain('😀');
  });

  it('embeds subsetted fonts rather than the standard Helvetica', () => {
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
    // Subsets, not whole fonts: the Hangul file alone is larger than this whole report.
    expect(pdf.length).toBeLessThan(200_000);
  });
});
