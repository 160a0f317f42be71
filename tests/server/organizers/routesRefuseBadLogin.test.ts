// Every organizer route refuses a request without a login cookie, with an expired one, and (for a
// forum's routes) with the login of an organizer who does not organize that forum. SQLite and
// PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_COOKIE } from '../../../shared/organizerHttp.js';
import { organizerMessage } from '../../../shared/organizerErrors.js';
import { LOGIN_TTL_MS } from '../../../server/organizers/auth.js';
import type { TestServer } from '../../helpers/server.js';
import { durableEngines, FORUM, OrganizerClient } from '../../helpers/organizer.js';

/** Every route that needs a login; :f is a forum of the first organizer. */
const ROUTES: [string, string, unknown][] = [
  ['POST', '/api/organizer/password', { current: 'correct horse', next: 'battery staple' }],
  ['GET', '/api/organizer/forums', undefined],
  ['POST', '/api/organizer/forums', FORUM],
  ['POST', '/api/organizer/invites/accept', { token: 'x' }],
  ['GET', '/api/organizer/forums/:f', undefined],
  ['PUT', '/api/organizer/forums/:f', FORUM],
  ['DELETE', '/api/organizer/forums/:f', { confirm: FORUM.name }],
  ['POST', '/api/organizer/forums/:f/sessions', { title: 'T' }],
  ['POST', '/api/organizer/forums/:f/adopt', { moderator: 'http://x/moderator/ABCDEF#key=abcdefghijkl' }],
  ['POST', '/api/organizer/forums/:f/members', { email: 'b@example.org' }],
  ['POST', '/api/organizer/forums/:f/invites', {}],
  ['POST', '/api/organizer/forums/:f/programme', { sessions: [{ definition: { title: 'T' } }] }],
  ['POST', '/api/organizer/forums/:f/sessions/ABCDEF/keys', { role: 'moderator' }],
  ['DELETE', '/api/organizer/forums/:f/sessions/ABCDEF', { confirm: 'ABCDEF' }],
  ['GET', '/api/organizer/forums/:f/reports.zip', undefined],
  ['GET', '/api/organizer/forums/:f/report.pdf', undefined],
  ['GET', '/api/organizer/forums/:f/report.docx', undefined],
  ['GET', '/api/organizer/forums/:f/summary', undefined],
  ['GET', '/api/organizer/forums/:f/summary.csv', undefined],
];
const FORUM_ROUTES = ROUTES.filter(([, p]) => p.includes(':f'));

describe.each(durableEngines())('organizer routes on $name', (engine) => {
  let server: TestServer;
  let now = Date.UTC(2026, 9, 1, 8);
  let forumId = '';
  let alice: OrganizerClient;
  beforeAll(async () => {
    server = await engine.start({ clock: () => now });
    alice = new OrganizerClient(server.url);
    expect((await alice.setup('alice@example.org', 'correct horse')).status).toBe(201);
    const made = await alice.req('POST', '/api/organizer/forums', FORUM);
    expect(made.status).toBe(201);
    forumId = made.json.id as string;
  }, 60_000);
  afterAll(() => server?.close());

  const path = (p: string) => p.replace(':f', forumId);

  it('refuses every route without a login cookie (401), and nothing changes', async () => {
    const anon = new OrganizerClient(server.url, 'fr');
    await anon.req('GET', '/api/organizer/me');
    for (const [method, p, body] of ROUTES) {
      const r = await anon.req(method, path(p), body);
      expect(r.status, `${method} ${p}`).toBe(401);
      expect(r.json).toEqual({ error: 'login_required', message: organizerMessage('login_required', 'fr') });
    }
    // A made-up cookie is no better.
    anon.jar.set(LOGIN_COOKIE, 'made-up-token-made-up-token-0000');
    for (const [method, p, body] of ROUTES) expect((await anon.req(method, path(p), body)).status).toBe(401);
    expect((await alice.req('GET', path('/api/organizer/forums/:f'))).json.sessions).toEqual([]);
  });

  it("refuses another organizer's login on this forum's routes (404, as if it did not exist)", async () => {
    const bob = new OrganizerClient(server.url);
    // Bob is created by alice's installation: the first-visit setup is closed now.
    expect((await bob.setup('bob@example.org', 'another pass')).json.error).toBe('setup_done');
    const { createOrganizer } = await import('../../../server/http/organizerRoutes.js');
    await createOrganizer(server.store, 'bob@example.org', 'another pass', now, 'en');
    expect((await bob.login('bob@example.org', 'another pass')).status).toBe(200);
    for (const [method, p, body] of FORUM_ROUTES) {
      const r = await bob.req(method, path(p), body);
      expect(r.status, `${method} ${p}`).toBe(404);
      expect(r.json.error).toBe('forum_not_found');
    }
    expect((await bob.req('GET', '/api/organizer/forums')).json).toEqual([]);
    const mine = await alice.req('GET', path('/api/organizer/forums/:f'));
    expect(mine.json.settings).toMatchObject({ name: FORUM.name });
    expect(mine.json.sessions).toEqual([]);
  });

  it('refuses an expired login cookie (401) though the same cookie worked before', async () => {
    const carol = new OrganizerClient(server.url);
    expect((await carol.login('alice@example.org', 'correct horse')).status).toBe(200);
    expect((await carol.req('GET', path('/api/organizer/forums/:f'))).status).toBe(200);
    now += LOGIN_TTL_MS + 1;
    for (const [method, p, body] of ROUTES) {
      const r = await carol.req(method, path(p), body);
      expect(r.status, `${method} ${p}`).toBe(401);
    }
    expect((await carol.req('GET', '/api/organizer/me')).json.organizer).toBeNull();
  });
});
