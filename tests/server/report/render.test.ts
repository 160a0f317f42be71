// renderReport: every format with its content type and file name, the photo passed through.
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../server/report/render.js';
import { makePng } from '../../fixtures/report/photo.js';
import { SEED_NOW, seedSession } from '../../fixtures/report/seedSession.js';

describe('renderReport', () => {
  const state = seedSession('fr').state;
  const photo = { data: makePng(), mime: 'image/png' };

  it.each([
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'rapport-GSEF21.docx'],
    ['pdf', 'application/pdf', 'rapport-GSEF21.pdf'],
    ['html', 'text/html; charset=utf-8', 'rapport-GSEF21.html'],
    ['md', 'application/zip', 'rapport-GSEF21.zip'],
    ['csv', 'text/csv; charset=utf-8', 'rapport-GSEF21.csv'],
    ['csvAudience', 'text/csv; charset=utf-8', 'rapport-GSEF21-public.csv'],
    ['json', 'application/json; charset=utf-8', 'archive-GSEF21.json'],
  ] as const)('renders %s', async (format, contentType, filename) => {
    const r = await renderReport(state, format, { now: SEED_NOW, photos: [photo] });
    expect(r.contentType).toBe(contentType);
    expect(r.filename).toBe(filename);
    expect(r.body.length).toBeGreaterThan(500);
  });

  it('embeds the photo in HTML as a data URL', async () => {
    const prefix = `data:image/png;base64,${photo.data.toString('base64').slice(0, 40)}`;
    expect(String((await renderReport(state, 'html', { now: SEED_NOW, photos: [photo] })).body)).toContain(
      `<img src="${prefix}`,
    );
  });

  it('gives Markdown as a plain .md file when there is no photo', async () => {
    const r = await renderReport(state, 'md', { now: SEED_NOW });
    expect(r.contentType).toBe('text/markdown; charset=utf-8');
    expect(r.filename).toBe('rapport-GSEF21.md');
    expect(String(r.body)).toContain('*Aucune photo.*');
  });

  it('returns the archive for json, pretty-printed, or the state without one', async () => {
    const archive = { version: 1, code: 'GSEF21', events: [] };
    expect((await renderReport(state, 'json', { now: SEED_NOW, archive })).body).toBe(
      `${JSON.stringify(archive, null, 2)}\n`,
    );
    expect(JSON.parse(String((await renderReport(state, 'json', { now: SEED_NOW })).body))).toEqual(
      JSON.parse(JSON.stringify(state)),
    );
  });

  it('writes the CSV with its BOM', async () => {
    expect(String((await renderReport(state, 'csv', { now: SEED_NOW })).body).startsWith('\uFEFF')).toBe(true);
  });

  it('uses the session language for the file name', async () => {
    expect((await renderReport(seedSession('en').state, 'pdf', { now: SEED_NOW })).filename).toBe('report-GSEF21.pdf');
  });
});
