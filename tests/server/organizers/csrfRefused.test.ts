// State-changing organizer routes need the double-submit token (x-palabre-csrf = the palabre_csrf
// cookie) and, when the browser sends one, our own Origin. A logged-in organizer's cookie alone
// changes nothing. SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_COOKIE } from '../../../shared/organizerHttp.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { durableEngines, FORUM, OrganizerClient } from '../../helpers/organizer.js';

describe.each(durableEngines())('CSRF on $name', (engine) => {
  let server: TestServer;
  let alice: OrganizerClient;
  beforeAll(async () => {
    server = await engine.start();
    alice = new OrganizerClient(server.url);
    expect((await alice.setup('alice@example.org', 'correct horse')).status).toBe(201);
  }, 60_000);
  afterAll(() => server?.close());

  it('the login cookie is httpOnly and SameSite; the CSRF cookie is SameSite=Strict', async () => {
    const c = new OrganizerClient(server.url);
    const me = await c.req('GET', '/api/organizer/me');
    expect(me.headers.getSetCookie().join()).toMatch(/palabre_csrf=[\w-]{20,}; Path=\/; .*SameSite=Strict/);
    const r = await c.login('alice@example.org', 'correct horse');
    const cookie = r.headers.getSetCookie().find((x) => x.startsWith('palabre_organizer='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('refuses a forum creation without the token, with a wrong one, or from another origin', async () => {
    const without = await alice.req('POST', '/api/organizer/forums', FORUM, { csrf: false });
    expect(without.status).toBe(403);
    expect(without.json.error).toBe('csrf');
    const wrong = new OrganizerClient(server.url);
    for (const [k, v] of alice.jar) wrong.jar.set(k, v);
    wrong.jar.set(CSRF_COOKIE, 'x'.repeat(32));
    const forged = await fetch(`${server.url}/api/organizer/forums`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: [...alice.jar].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-palabre-csrf': 'y'.repeat(alice.jar.get(CSRF_COOKIE)!.length),
      },
      body: JSON.stringify(FORUM),
    });
    expect(forged.status).toBe(403);
    const otherSite = await fetch(`${server.url}/api/organizer/forums`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'https://evil.example',
        cookie: [...alice.jar].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-palabre-csrf': alice.jar.get(CSRF_COOKIE)!,
      },
      body: JSON.stringify(FORUM),
    });
    expect(otherSite.status).toBe(403);
    // Logging in is a state change too (login CSRF).
    const blank = new OrganizerClient(server.url);
    expect(
      (await blank.req('POST', '/api/organizer/login', { email: 'alice@example.org', password: 'correct horse' }))
        .status,
    ).toBe(403);
    expect((await alice.req('GET', '/api/organizer/forums')).json).toEqual([]);
    // With the token and our own origin, it works.
    expect((await alice.req('POST', '/api/organizer/forums', FORUM)).status).toBe(201);
  });

  it('logout ends the login; a password change ends the other logins', async () => {
    const laptop = new OrganizerClient(server.url);
    const phone = new OrganizerClient(server.url);
    await laptop.login('alice@example.org', 'correct horse');
    await phone.login('alice@example.org', 'correct horse');
    expect(
      (await laptop.req('POST', '/api/organizer/password', { current: 'nope', next: 'new password' })).json.error,
    ).toBe('wrong_password');
    expect(
      (await laptop.req('POST', '/api/organizer/password', { current: 'correct horse', next: 'short' })).json.error,
    ).toBe('password_short');
    expect(
      (await laptop.req('POST', '/api/organizer/password', { current: 'correct horse', next: 'new password' })).status,
    ).toBe(200);
    expect((await phone.req('GET', '/api/organizer/forums')).status).toBe(401);
    expect((await laptop.req('GET', '/api/organizer/forums')).status).toBe(200);
    expect((await new OrganizerClient(server.url).login('alice@example.org', 'correct horse')).status).toBe(401);
    expect((await laptop.req('POST', '/api/organizer/logout')).status).toBe(200);
    expect((await laptop.req('GET', '/api/organizer/forums')).status).toBe(401);
    expect((await laptop.login('alice@example.org', 'new password')).status).toBe(200);
  });
});

describe('organizer cookies behind https', () => {
  it('are Secure when PUBLIC_URL is https', async () => {
    const server = await startTestServer({ publicUrl: 'https://palabre.example' });
    try {
      const c = new OrganizerClient(server.url);
      const me = await c.req('GET', '/api/organizer/me');
      expect(me.headers.getSetCookie().join()).toMatch(/palabre_csrf=.*; Secure/);
      const r = await c.req('POST', '/api/organizer/setup', { email: 'ana@example.org', password: 'correct horse' });
      expect(r.status).toBe(201);
      expect(r.headers.getSetCookie().find((x) => x.startsWith('palabre_organizer='))).toMatch(/HttpOnly.*; Secure$/);
      // A page of another origin than PUBLIC_URL is refused even with the token.
      const other = await fetch(`${server.url}/api/organizer/logout`, {
        method: 'POST',
        headers: {
          origin: 'https://elsewhere.example',
          cookie: [...c.jar].map(([k, v]) => `${k}=${v}`).join('; '),
          'x-palabre-csrf': c.jar.get(CSRF_COOKIE)!,
        },
      });
      expect(other.status).toBe(403);
    } finally {
      await server.close();
    }
  });
});
