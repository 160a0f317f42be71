// Participant markup in the PDF report is drawn as the text it is, and nothing breaks.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/model.js';
import { renderPdf } from '../../../server/report/pdf.js';
import { pdfText } from '../../fixtures/report/pdfText.js';
import { IMG, INJECTION_NOW, MD_LINK, SCRIPT, injectionSession } from '../../fixtures/report/injectionSession.js';

describe('PDF injection', () => {
  it('draws scripts, tags, links and formulas as text', async () => {
    const pdf = await renderPdf(buildReport(injectionSession().state, INJECTION_NOW));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const t of [SCRIPT, IMG, MD_LINK, '=HYPERLINK("http://evil")', '+1+1', '@SUM(A1)', '# heading', '> quote'])
      expect(text).toContain(t);
    expect(pdf.toString('latin1')).not.toMatch(/\/JavaScript|\/URI/);
  });
});
