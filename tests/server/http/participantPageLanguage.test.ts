// GET /j/CODE and /join when the participant page is built once per language: the phone gets the
// page of its own choice (the palabre_lang cookie), else of its browser's languages, else of the
// session's language; each page carries its own script's hash in the CSP.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { fakeDistPerLanguage, fakeJsFor } from '../../helpers/fakeDist.js';
import { rawGet } from '../../helpers/rawGet.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
let dist: string;
afterEach(async () => {
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

const servedLanguage = (html: string) => /textContent = "page:([a-z]+)"/.exec(html)?.[1];

it('serves the chosen language, else the browser’s, else the session’s', async () => {
  dist = fakeDistPerLanguage();
  server = await startTestServer({ staticDir: dist });
  const s = await server.createSession({ title: 'Atelier', language: 'es', identity: 'named' });
  const get = async (headers: Record<string, string>, path = `/j/${s.code}`) => {
    const r = await rawGet(`${server.url}${path}`, headers);
    expect(r.status).toBe(200);
    const html = r.body.toString('utf8');
    const lang = servedLanguage(html);
    // The page's <html lang> is its interface language, and the CSP allows exactly its script.
    expect(html).toContain(`<html lang="${lang}">`);
    const hash = createHash('sha256').update(fakeJsFor(lang!)).digest('base64');
    expect(String(r.headers['content-security-policy'])).toContain(`'sha256-${hash}'`);
    expect(String(r.headers.vary)).toContain('cookie');
    return lang;
  };

  expect(await get({})).toBe('es');
  expect(await get({ 'accept-language': 'de-DE,de;q=0.9,fr;q=0.8,en;q=0.5' })).toBe('fr');
  expect(await get({ 'accept-language': 'en-GB;q=0.4, fr;q=0.7' })).toBe('fr');
  expect(await get({ 'accept-language': 'de, it' })).toBe('es');
  expect(await get({ cookie: 'other=1; palabre_lang=en', 'accept-language': 'fr' })).toBe('en');
  // An unknown choice counts as none.
  expect(await get({ cookie: 'palabre_lang=de', 'accept-language': 'fr' })).toBe('fr');
  // /join has no session: the browser's language, else English.
  expect(await get({ 'accept-language': 'es-MX' }, '/join')).toBe('es');
  expect(await get({}, '/join')).toBe('en');
});

it('a language without a page of its own gets the English one', async () => {
  dist = fakeDistPerLanguage(['en', 'fr']);
  server = await startTestServer({ staticDir: dist });
  const s = await server.createSession({ title: 'Taller', language: 'es', identity: 'named' });
  const r = await rawGet(`${server.url}/j/${s.code}`, { cookie: 'palabre_lang=es' });
  expect(servedLanguage(r.body.toString('utf8'))).toBe('en');
});
