// The Markdown and HTML reports of the project's own filled session, French and English, against
// reviewed snapshots.
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../shared/report/html.js';
import { renderMarkdown } from '../../../shared/report/markdown.js';
import { buildReport } from '../../../shared/report/model.js';
import { FORUM_NOW, forumSession } from '../../fixtures/report/forumSession.js';

describe('forum session report snapshots', () => {
  it.each(['fr', 'en'] as const)('matches the reviewed %s Markdown report', async (language) => {
    const md = renderMarkdown(buildReport(forumSession(language).state, FORUM_NOW), { photoSrc: 'group-photo.jpg' });
    await expect(md).toMatchFileSnapshot(`./__snapshots__/forum.${language}.md`);
  });

  it.each(['fr', 'en'] as const)('matches the reviewed %s HTML report', async (language) => {
    const html = renderHtml(buildReport(forumSession(language).state, FORUM_NOW), { photoSrc: 'group-photo.jpg' });
    await expect(html).toMatchFileSnapshot(`./__snapshots__/forum.${language}.html`);
  });
});
