// The PDF prints every script: names in Hangul, Arabic, Vietnamese and Polish come back out of
// `pdftotext` as typed (the fonts are embedded, not replaced by "?"), and right-to-left text is
// set right to left (its words in visual order, read back in logical order).
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../server/report/pdf.js';
import { buildReport } from '../../../shared/report/model.js';
import { pdfText, pdfTextRaw } from '../../fixtures/report/pdfText.js';
import { scriptsSession, SCRIPT_NAMES } from '../../fixtures/report/scriptsSession.js';

describe('PDF report in every script', async () => {
  /** The -bbox page (words with their boxes) that holds the conclusion. */
  const conclusionPage = () =>
    pdfTextRaw(pdf, ['-bbox'])
      .split('<page ')
      .find((p) => p.includes('>Captures<')) ?? '';
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

  it('sets a right-to-left paragraph flush right, its first words at the right margin', () => {
    const words = [
      ...conclusionPage().matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g),
    ].map((m) => ({ xMin: Number(m[1]), y: Number(m[2]), xMax: Number(m[3]), text: m[4] ?? '' }));
    // The conclusion's lines: between its heading and the next one (page 2).
    const top = words.find((w) => w.text === 'conclusion')?.y ?? 0;
    const bottom = words.find((w) => w.text === 'Captures')?.y ?? 0;
    // Words of one printed line have slightly different tops (each script's font its own ascent).
    const lines: { y: number; xMin: number; xMax: number }[] = [];
    for (const w of words.filter((w) => w.y > top + 5 && w.y < bottom - 5).sort((a, b) => a.y - b.y)) {
      const l = lines[lines.length - 1];
      if (l && w.y - l.y < 8) {
        l.xMin = Math.min(l.xMin, w.xMin);
        l.xMax = Math.max(l.xMax, w.xMax);
      } else lines.push({ y: w.y, xMin: w.xMin, xMax: w.xMax });
    }
    const [first, second] = lines;
    // A4 is 595 pt wide with 56 pt margins: both lines end at the right margin, the shorter
    // second one starts well right of the left margin (ragged left), as right-to-left text is set.
    expect(first?.xMax ?? 0).toBeGreaterThan(595 - 56 - 3);
    expect(second?.xMax ?? 0).toBeGreaterThan(595 - 56 - 3);
    expect(second?.xMin ?? 0).toBeGreaterThan(150);
    expect(words.find((w) => w.text === 'Résumé')?.xMin).toBeCloseTo(56, 0);
  });

  it('embeds subsetted fonts rather than the standard Helvetica', () => {
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
    // Subsets, not whole fonts: the Hangul file alone is larger than this whole report.
    expect(pdf.length).toBeLessThan(200_000);
  });
});
