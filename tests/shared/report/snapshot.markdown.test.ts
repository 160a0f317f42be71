// The Markdown report of the seed session, French and English, against reviewed snapshots.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../shared/report/markdown.js';
import { buildReport } from '../../../shared/report/model.js';
import { SEED_NOW, seedSession } from '../../fixtures/report/seedSession.js';

describe('Markdown report snapshot', () => {
  it.each(['fr', 'en'] as const)('matches the reviewed %s report', async (language) => {
    const md = renderMarkdown(buildReport(seedSession(language).state, SEED_NOW), { photoSrc: 'group-photo.png' });
    await expect(md).toMatchFileSnapshot(`./__snapshots__/seed.${language}.md`);
  });
});
