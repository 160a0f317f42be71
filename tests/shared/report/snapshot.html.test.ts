// The HTML report of the seed session, French and English, against reviewed snapshots.
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../shared/report/html.js';
import { buildReport } from '../../../shared/report/model.js';
import { SEED_NOW, seedSession } from '../../fixtures/report/seedSession.js';

describe('HTML report snapshot', () => {
  it.each(['fr', 'en'] as const)('matches the reviewed %s report', async (language) => {
    const html = renderHtml(buildReport(seedSession(language).state, SEED_NOW), { photoSrc: 'group-photo.png' });
    await expect(html).toMatchFileSnapshot(`./__snapshots__/seed.${language}.html`);
  });
});
