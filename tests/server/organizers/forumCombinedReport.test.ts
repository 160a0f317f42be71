// The forum's combined report, PDF and Word: a title page with the forum's name, city, dates and
// logo, a table of contents listing every session (PDF: with the page each starts on), then each
// session's report in programme order, each from a new page, participants' names in Hangul and
// Arabic intact.
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfTextRaw } from '../../fixtures/report/pdfText.js';
import {
  FORUM_SESSIONS,
  fillForum,
  type FilledForum,
  getBytes,
  PROGRAMME_ORDER,
  VOICES,
} from '../../helpers/forumReports.js';
import { FORUM } from '../../helpers/organizer.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

const titles = PROGRAMME_ORDER.map((i) => FORUM_SESSIONS[i].title);

describe('the combined forum report', () => {
  let server: TestServer;
  let forum: FilledForum;
  beforeAll(async () => {
    server = await startTestServer({ sqlite: true });
    forum = await fillForum(server);
  }, 60_000);
  afterAll(() => server?.close());

  it('PDF: title page, contents with page numbers, sessions in programme order', { timeout: 120_000 }, async () => {
    const r = await getBytes(forum.organizer, `/api/organizer/forums/${forum.forumId}/report.pdf`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    const pages = pdfTextRaw(r.body).split('\f');
    const [cover, contents] = pages;
    expect(cover).toContain(FORUM.name);
    expect(cover).toContain(FORUM.city);
    expect(cover).toContain('1–3 octobre 2026');
    expect(cover).toContain(FORUM.theme);
    // The logo is drawn on the title page (an image XObject on page 1).
    expect(execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', '-'], { input: r.body }).toString()).toMatch(
      /\n\s*1\s+0\s+image/,
    );
    expect(contents).toContain('Sommaire');
    // Each session starts on the page the contents give, in programme order.
    let previous = 2;
    titles.forEach((title, i) => {
      const row = new RegExp(`${i + 1}\\. ${title.replace(/[?]/g, '\\?')}\\s+(\\d+)`).exec(contents ?? '');
      expect(row, title).not.toBeNull();
      const page = Number(row![1]);
      expect(page).toBeGreaterThan(previous);
      previous = page;
      // That page opens with the session's own report: its title in the facts.
      expect(pages[page - 1]).toContain(title);
    });
    const opening = pages.slice(Number(/1\. Ouverture du forum\s+(\d+)/.exec(contents!)![1]) - 1).join('\n');
    // (Only the names: Noto's Arabic letters that share a shape, ت and ي, share a glyph, so
    // pdftotext cannot tell them apart in a word such as التضامن.)
    for (const v of VOICES) expect(opening).toContain(v.name);
    expect(opening).toContain(VOICES[0].organization);
  });

  it('Word: title page, a contents list with page fields, every session in order', { timeout: 120_000 }, async () => {
    const r = await getBytes(forum.organizer, `/api/organizer/forums/${forum.forumId}/report.docx`);
    expect(r.status).toBe(200);
    const zip = await JSZip.loadAsync(r.body);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
    expect(text).toContain(FORUM.name);
    expect(text).toContain('Sommaire');
    // One contents row and one page reference per session, pointing at a bookmark on its title.
    titles.forEach((title, i) => expect(text).toContain(`${i + 1}. ${title}`));
    expect(xml.match(/PAGEREF session_\d+/g)).toHaveLength(titles.length);
    for (let i = 1; i <= titles.length; i++) expect(xml).toContain(`w:name="session_${i}"`);
    // Each session is its own section (a new page), in programme order after the contents.
    expect(xml.match(/<w:sectPr/g)?.length).toBe(titles.length + 1);
    const body = text.slice(text.indexOf(`${titles.length}. ${titles.at(-1)}`));
    // Found one after the other (the contents' last row skipped): the sessions follow in order.
    let from = `${titles.length}. ${titles.at(-1)}`.length;
    for (const t of titles) {
      const at = body.indexOf(t, from);
      expect(at, t).toBeGreaterThanOrEqual(from);
      from = at + t.length;
    }
    for (const v of VOICES) expect(text).toContain(v.name);
    // The logo: on the title page and at the head of each session (one picture, used again).
    expect(Object.values(zip.files).some((f) => !f.dir && f.name.startsWith('word/media/'))).toBe(true);
  });
});
