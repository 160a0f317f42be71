// A forum session's report carries its forum's logo in every format (HTML, Word, PDF, and the
// Markdown report as a zip with logo.png beside the text); a session outside forums is unchanged:
// no logo anywhere, its Markdown report plain text.
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGO_PNG, LOGO_URL } from '../../helpers/forumReports.js';
import { FORUM, OrganizerClient } from '../../helpers/organizer.js';
import { keyOf, startTestServer, type TestServer } from '../../helpers/server.js';

describe('the forum logo in a session report', () => {
  let server: TestServer;
  const inForum = { code: '', key: '' };
  const outside = { code: '', key: '' };
  beforeAll(async () => {
    server = await startTestServer({ sqlite: true });
    const o = new OrganizerClient(server.url);
    await o.setup('ana@example.org', 'correct horse');
    const forumId = (await o.req('POST', '/api/organizer/forums', { ...FORUM, logo: LOGO_URL })).json.id as string;
    const made = await o.req('POST', `/api/organizer/forums/${forumId}/sessions`, { title: 'Atelier' });
    inForum.code = made.json.code as string;
    inForum.key = keyOf((made.json.links as { rapporteur: string }).rapporteur);
    const home = await server.createSession({ title: 'Made on the home page' });
    outside.code = home.code;
    outside.key = home.rapporteurKey;
  }, 60_000);
  afterAll(() => server?.close());

  const report = async (s: { code: string; key: string }, format: string) => {
    const r = await fetch(`${server.url}/api/sessions/${s.code}/report?format=${format}`, {
      headers: { authorization: `Bearer ${s.key}` },
    });
    expect(r.status).toBe(200);
    return { type: r.headers.get('content-type') ?? '', body: Buffer.from(await r.arrayBuffer()) };
  };
  const pdfImages = (pdf: Buffer) =>
    execFileSync('pdfimages', ['-list', '-'], { input: pdf }).toString().trim().split('\n').length - 2;
  const docxMedia = async (docx: Buffer) =>
    Object.values((await JSZip.loadAsync(docx)).files).filter((f) => !f.dir && f.name.startsWith('word/media/'));

  it('HTML shows the logo at the head of a forum session’s report only', async () => {
    const html = (await report(inForum, 'html')).body.toString('utf8');
    expect(html).toContain(`<img class="logo" src="${LOGO_URL}" alt="${FORUM.name}"`);
    expect(html.indexOf('class="logo"')).toBeLessThan(html.indexOf('<h1>'));
    expect((await report(outside, 'html')).body.toString('utf8')).not.toContain('class="logo"');
  });

  it('Markdown comes as a zip with logo.png for a forum session, as plain text otherwise', async () => {
    const md = await report(inForum, 'md');
    expect(md.type).toBe('application/zip');
    const zip = await JSZip.loadAsync(md.body);
    expect(Buffer.from(await zip.file('logo.png')!.async('uint8array')).equals(LOGO_PNG)).toBe(true);
    const plain = await report(outside, 'md');
    expect(plain.type).toBe('text/markdown; charset=utf-8');
    expect(plain.body.toString('utf8')).not.toContain('logo');
  });

  it('PDF and Word draw the logo for a forum session, no picture otherwise', async () => {
    expect(pdfImages((await report(inForum, 'pdf')).body)).toBe(1);
    expect(pdfImages((await report(outside, 'pdf')).body)).toBe(0);
    expect(await docxMedia((await report(inForum, 'docx')).body)).toHaveLength(1);
    expect(await docxMedia((await report(outside, 'docx')).body)).toHaveLength(0);
  });
});
