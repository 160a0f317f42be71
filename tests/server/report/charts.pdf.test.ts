// PDF report with closed questions: the charts drawn as images with their numbers beside them as
// text a reader (pdftotext) finds, and pages that render (pdftoppm).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../server/report/pdf.js';
import { buildReport } from '../../../shared/report/model.js';
import { FORUM_NOW } from '../../fixtures/report/forumSession.js';
import { POLL, pollSession } from '../../fixtures/report/pollSession.js';

const dir = mkdtempSync(join(tmpdir(), 'palabre-charts-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PDF report charts', async () => {
  const pdf = await renderPdf(buildReport(pollSession(), FORUM_NOW));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.replace(
    /[ \u00A0\u202F]+/g,
    ' ',
  );

  it('draws every chart as an image: speaking time, four closed questions, the timeline', () => {
    // Each PNG chart is a colour image with its alpha as a soft mask.
    expect((pdf.toString('latin1').match(/\/SMask \d+ 0 R/g) ?? []).length).toBe(6);
  });

  it('writes each chart’s numbers as text', () => {
    for (const q of [POLL.choice, POLL.scale, POLL.words, POLL.rank]) expect(text).toContain(q.text);
    expect(text).toMatch(/Former les locataires 3 43 %/);
    expect(text).toMatch(/Trouver des toits 1 15 %/);
    expect(text).toMatch(/5 \(Tout à fait\) 2/);
    expect(text).toMatch(/Coopération 4/);
    expect(text).toMatch(/1 Accord du bailleur 1,6/);
    expect(text).toContain('7 répondant(e)s · moyenne 3,9 · médiane 4');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('Participation au fil de la session');
  });

  it('renders every page', () => {
    const r = spawnSync('pdftoppm', ['-png', '-r', '40', file, join(dir, 'page')]);
    expect(r.status).toBe(0);
    const pages = readdirSync(dir).filter((f) => f.startsWith('page'));
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });
});
