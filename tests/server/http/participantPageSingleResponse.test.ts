// GET /j/CODE: the participant's page comes as one response (script and stylesheet inlined, the
// session's public facts embedded), its script allowed by hash in the CSP, gzipped, revalidated by
// ETag. Hostile session text stays data in the page.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterEach, expect, it } from 'vitest';
import { FAKE_CSS, FAKE_JS, fakeDist } from '../../helpers/fakeDist.js';
import { rawGet } from '../../helpers/rawGet.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
let dist: string;
afterEach(async () => {
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

const HOSTILE = 'Atelier </script><script>alert(1)</script> <!-- & "quotes"';

it('serves /j/CODE as one gzipped document with everything the first screen needs', async () => {
  dist = fakeDist();
  server = await startTestServer({ staticDir: dist });
  const s = await server.createSession({ title: HOSTILE, language: 'fr', identity: 'named' });

  const r = await rawGet(`${server.url}/j/${s.code.toLowerCase()}`, { 'accept-encoding': 'gzip, deflate' });
  expect(r.status).toBe(200);
  expect(r.headers['content-encoding']).toBe('gzip');
  expect(r.headers['vary']).toBe('accept-encoding');
  const html = gunzipSync(r.body).toString('utf8');

  // No request left to make: no external script or stylesheet, both inlined.
  expect(html).not.toMatch(/<script[^>]+src=/);
  expect(html).not.toMatch(/<link[^>]+stylesheet/);
  expect(html).toContain(`<style>${FAKE_CSS}</style>`);
  expect(html).toContain(`<script type="module">${FAKE_JS}</script>`);

  // The CSP allows exactly that script, by its hash, and no other inline script.
  const csp = String(r.headers['content-security-policy']);
  const hash = createHash('sha256').update(FAKE_JS).digest('base64');
  expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
  expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe-inline');

  // The session's facts are embedded as JSON data; the hostile title cannot close the element.
  const boot = /<script type="application\/json" id="palabre-boot">([^<]*)<\/script>/.exec(html);
  expect(boot).not.toBeNull();
  expect(JSON.parse(boot![1]!)).toEqual({ code: s.code, title: HOSTILE, language: 'fr', identity: 'named' });
  expect(html.match(/<script/g)!.length).toBe(2);
  expect(html).toContain('<html lang="fr">');
  expect(html).toContain(
    '<title>Atelier &#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62; &#60;!-- &#38; &#34;quotes&#34; · Palabre</title>',
  );

  // Without gzip in Accept-Encoding: the same document, plain.
  const plain = await rawGet(`${server.url}/j/${s.code}`);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.toString('utf8')).toBe(html);

  // A returning phone revalidates with the ETag: 304, no body.
  const etag = String(r.headers['etag']);
  expect(etag).toMatch(/^".+"$/);
  const again = await rawGet(`${server.url}/j/${s.code}`, { 'if-none-match': etag, 'accept-encoding': 'gzip' });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
});

it('serves /join and unknown codes the same page without embedded facts', async () => {
  dist = fakeDist();
  server = await startTestServer({ staticDir: dist });
  for (const path of ['/join', '/j/ZZZZZZ', '/j/%E0%A4%A', '/j/not-a-code']) {
    const r = await rawGet(`${server.url}${path}`);
    expect(r.status, path).toBe(200);
    const html = r.body.toString('utf8');
    expect(html, path).toContain(`<script type="module">${FAKE_JS}</script>`);
    expect(html, path).not.toContain('id="palabre-boot"');
  }
});

it('gzips other built files once and serves them with their caching headers', async () => {
  dist = fakeDist();
  server = await startTestServer({ staticDir: dist });
  const r = await rawGet(`${server.url}/assets/big-789.js`, { 'accept-encoding': 'gzip' });
  expect(r.status).toBe(200);
  expect(r.headers['content-encoding']).toBe('gzip');
  expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(gunzipSync(r.body).toString('utf8')).toContain('palabre palabre');
  expect(r.body.length).toBeLessThan(gunzipSync(r.body).length / 10);
  expect(Number(r.headers['content-length'])).toBe(r.body.length);
});

it('serves the script as a file when it could not be inlined safely', async () => {
  dist = fakeDist('const s = "</script>";\n');
  server = await startTestServer({ staticDir: dist });
  const s = await server.createSession({ title: 'T' });
  const html = (await rawGet(`${server.url}/j/${s.code}`)).body.toString('utf8');
  expect(html).toContain('<script type="module" crossorigin src="/assets/participant-abc123.js"></script>');
  expect(html).not.toContain('<script type="module">');
});
