// The HTML report is one standalone, printable document: language, title, A4 print stylesheet,
// the photo embedded, and nothing fetched from elsewhere.
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../shared/report/html.js';
import { photoDataUrl } from '../../../shared/report/imageSrc.js';
import { buildReport } from '../../../shared/report/model.js';
import { makePng } from '../../fixtures/report/photo.js';
import { SEED_NOW, SEED_TITLE, seedSession } from '../../fixtures/report/seedSession.js';

describe('HTML report document', () => {
  const src = photoDataUrl('image/png', makePng().toString('base64'));
  const html = renderHtml(buildReport(seedSession('fr').state, SEED_NOW), { photoSrc: src });

  it('is a complete document in the session language', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<title>Rapport — ${SEED_TITLE}</title>`);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('prints on A4 with headings kept with their content', () => {
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html).toContain('@media print');
    expect(html).toMatch(/h1, h2, h3, h4 \{[^}]*break-after: avoid/);
    expect(html).toMatch(/li \{[^}]*break-inside: avoid/);
  });

  it('embeds the photo and loads nothing from the network', () => {
    expect(html).toContain(`<img src="${src}"`);
    expect(html).not.toMatch(/<link|<script|@import|url\(/);
  });

  it('says there is no photo when none is given', () => {
    const bare = renderHtml(buildReport(seedSession('fr').state, SEED_NOW));
    expect(bare).not.toContain('<img');
    expect(bare).toContain('<p class="empty">Aucune photo.</p>');
  });
});
