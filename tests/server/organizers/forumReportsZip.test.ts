// An organizer downloads every report of the forum as one zip: each session's Word, PDF, HTML,
// Markdown and both CSVs, named by date, time and title in programme order, two sessions of the
// same title and time kept apart; the reports carry the forum's logo. SQLite and PostgreSQL.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../fixtures/report/pdfText.js';
import { BASE_NAMES, fillForum, type FilledForum, getBytes, LOGO_PNG, VOICES } from '../../helpers/forumReports.js';
import { durableEngines } from '../../helpers/organizer.js';
import type { TestServer } from '../../helpers/server.js';

describe.each(durableEngines())('the forum zip on $name', (engine) => {
  let server: TestServer;
  let forum: FilledForum;
  beforeAll(async () => {
    server = await engine.start();
    forum = await fillForum(server);
  }, 60_000);
  afterAll(() => server?.close());

  it('holds every format of every session, named by date, time and title', { timeout: 120_000 }, async () => {
    const r = await getBytes(forum.organizer, `/api/organizer/forums/${forum.forumId}/reports.zip`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/zip');
    expect(r.headers.get('content-disposition')).toContain(`filename*=UTF-8''GSEF%202026`);
    const zip = await JSZip.loadAsync(r.body);
    const names = Object.keys(zip.files).sort();
    // Every session has a logo (its forum's), so its Markdown report comes as a zip with the picture.
    const expected = BASE_NAMES.flatMap((b) => [
      `${b}.docx`,
      `${b}.pdf`,
      `${b}.html`,
      `${b} – Markdown.zip`,
      `${b}.csv`,
      `${b} – public.csv`,
    ]).sort();
    expect(names).toEqual(expected);

    const opening = BASE_NAMES[0]!;
    const pdf = pdfText(Buffer.from(await zip.file(`${opening}.pdf`)!.async('uint8array')));
    for (const v of VOICES) expect(pdf).toContain(v.name);
    expect(pdf).toContain('Ouverture du forum');
    const html = await zip.file(`${opening}.html`)!.async('string');
    expect(html).toContain(`src="data:image/png;base64,${LOGO_PNG.toString('base64')}"`);
    for (const v of VOICES) expect(html).toContain(v.answer);
    const md = await JSZip.loadAsync(await zip.file(`${opening} – Markdown.zip`)!.async('uint8array'));
    expect(Buffer.from(await md.file('logo.png')!.async('uint8array')).equals(LOGO_PNG)).toBe(true);
    const mdText = await Object.values(md.files)
      .find((f) => f.name.endsWith('.md'))!
      .async('string');
    expect(mdText).toContain('](<logo.png>)');
    const csv = await zip.file(`${opening}.csv`)!.async('string');
    for (const v of VOICES) expect(csv).toContain(v.answer);
    // The Word report embeds the logo as a picture.
    const docx = await JSZip.loadAsync(await zip.file(`${opening}.docx`)!.async('uint8array'));
    const media = Object.values(docx.files).filter((f) => !f.dir && f.name.startsWith('word/media/'));
    const pictures = await Promise.all(media.map(async (f) => Buffer.from(await f.async('uint8array'))));
    expect(pictures.some((p) => p.equals(LOGO_PNG))).toBe(true);
  });
});
