// The Markdown report with photos is a zip: the .md file links each picture by a relative path
// (no base64 in the text) and the pictures sit beside it, byte for byte.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../server/report/render.js';
import { makePng } from '../../fixtures/report/photo.js';
import { readFileSync } from 'node:fs';
import { SEED_NOW, seedSession } from '../../fixtures/report/seedSession.js';

describe('Markdown report with photos', async () => {
  const png = { data: makePng(), mime: 'image/png' };
  const jpg = { data: readFileSync(new URL('../../fixtures/report/photo.jpg', import.meta.url)), mime: 'image/jpeg' };
  const r = await renderReport(seedSession('fr').state, 'md', { now: SEED_NOW, photos: [png, jpg] });
  const zip = await JSZip.loadAsync(r.body as Buffer);

  it('is a zip named after the report', () => {
    expect(r.contentType).toBe('application/zip');
    expect(r.filename).toBe('rapport-GSEF21.zip');
    expect(Object.keys(zip.files).sort()).toEqual([
      'photos/',
      'photos/photo-1.png',
      'photos/photo-2.jpg',
      'rapport-GSEF21.md',
    ]);
  });

  it('links every photo by its path, with no base64 in the text', async () => {
    const md = (await zip.file('rapport-GSEF21.md')?.async('string')) ?? '';
    expect(md).toContain("![Captures d'écran / photo de groupe de la session](<photos/photo-1.png>)");
    expect(md).toContain('](<photos/photo-2.jpg>)');
    expect(md).not.toContain('base64');
    expect(md.length).toBeLessThan(20_000);
  });

  it('holds the pictures unchanged', async () => {
    expect(Buffer.from((await zip.file('photos/photo-1.png')?.async('uint8array')) ?? [])).toEqual(png.data);
    expect(Buffer.from((await zip.file('photos/photo-2.jpg')?.async('uint8array')) ?? [])).toEqual(jpg.data);
  });
});
