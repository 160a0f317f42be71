// Word report with closed questions: each chart embedded as a PNG image part, its numbers in a
// table, the word cloud's top words listed, the speaking-time chart and the timeline appendix.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../server/report/docx.js';
import { buildReport } from '../../../shared/report/model.js';
import { openDocx } from '../../fixtures/report/docxXml.js';
import { FORUM_NOW } from '../../fixtures/report/forumSession.js';
import { POLL_OTHER, pollSession } from '../../fixtures/report/pollSession.js';

const P = (n: number): string => new Intl.NumberFormat('fr', { style: 'percent' }).format(n / 100);

describe('Word report charts', async () => {
  const docx = await renderDocx(buildReport(pollSession(), FORUM_NOW));
  const { documentXml, files, text } = await openDocx(docx);
  const pngs = files.filter((f) => /^word\/media\/.+\.png$/.test(f));

  it('embeds one PNG per chart: speaking time, four closed questions, the timeline', async () => {
    expect(pngs).toHaveLength(6);
    const zip = await JSZip.loadAsync(docx);
    for (const f of pngs) {
      const png = Buffer.from((await zip.file(f)?.async('uint8array')) ?? []);
      expect(png.readUInt32BE(0)).toBe(0x89504e47);
      // Rasterised at 2.5× so it stays sharp in print: at least 1000 px wide.
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1000);
    }
    expect((documentXml.match(/<pic:pic/g) ?? []).length).toBe(6);
  });

  it('puts the numbers in tables next to the charts', () => {
    // One paragraph per table cell, so one line each.
    for (const row of [
      ['Former les locataires', '3', P(43)],
      ['Trouver des toits', '1', P(15)],
      ['5 (Tout à fait)', '2'],
      ['Coopération', '4'],
      ['1', 'Accord du bailleur', '1,6'],
    ])
      expect(text).toContain(row.join('\n'));
    expect(text).toContain('7 répondant(e)s · moyenne 3,9 · médiane 4');
    expect(text).toContain(POLL_OTHER);
  });

  it('keeps participant text as text in the chart tables', () => {
    expect(documentXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(documentXml).not.toContain('<script>');
  });

  it('has the timeline appendix', () => {
    expect(text).toContain('Annexe');
    expect(text).toContain('Participation au fil de la session');
  });
});
