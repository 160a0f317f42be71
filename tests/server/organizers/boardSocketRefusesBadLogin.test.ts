// The live board's socket is authorized like the HTTP routes: refused without a login cookie, with
// a made-up or expired one, with another organizer's (as if the forum did not exist), or with a
// malformed handshake; each refusal worded in the handshake's language, and no board sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_TTL_MS } from '../../../server/organizers/auth.js';
import { organizerMessage } from '../../../shared/organizerErrors.js';
import { LOGIN_COOKIE } from '../../../shared/organizerHttp.js';
import { connectBoard } from '../../helpers/boardClient.js';
import { FORUM, OrganizerClient } from '../../helpers/organizer.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

describe('live board socket refusals', () => {
  let server: TestServer;
  let now = Date.UTC(2026, 9, 1, 8);
  let forumId = '';
  let alice: OrganizerClient;
  beforeAll(async () => {
    server = await startTestServer({ sqlite: true, clock: () => now, boardTickMs: 100 });
    alice = new OrganizerClient(server.url);
    expect((await alice.setup('alice@example.org', 'correct horse')).status).toBe(201);
    forumId = (await alice.req('POST', '/api/organizer/forums', FORUM)).json.id as string;
  });
  afterAll(() => server?.close());

  it('accepts the forum’s organizer', async () => {
    const b = await connectBoard(server.url, alice, forumId);
    expect(b.refusal).toBeNull();
    expect(b.fulls).toBe(1);
    b.close();
  });

  it('refuses no cookie, a made-up cookie, and a malformed handshake', async () => {
    const none = await connectBoard(server.url, null, forumId, { language: 'fr' });
    expect(none.refusal).toEqual({ error: 'login_required', message: organizerMessage('login_required', 'fr') });
    const fake = new OrganizerClient(server.url);
    fake.jar.set(LOGIN_COOKIE, 'made-up-token-made-up-token-0000');
    expect((await connectBoard(server.url, fake, forumId)).refusal?.error).toBe('login_required');
    const bad = await connectBoard(server.url, alice, '../../etc');
    expect(bad.refusal?.error).toBe('invalid');
    expect(none.fulls + bad.fulls).toBe(0);
  });

  it("refuses another organizer's login as if the forum did not exist", async () => {
    const { createOrganizer } = await import('../../../server/http/organizerRoutes.js');
    await createOrganizer(server.store, 'bob@example.org', 'another pass', now, 'en');
    const bob = new OrganizerClient(server.url, 'es');
    expect((await bob.login('bob@example.org', 'another pass')).status).toBe(200);
    const b = await connectBoard(server.url, bob, forumId, { language: 'es' });
    expect(b.refusal).toEqual({ error: 'forum_not_found', message: organizerMessage('forum_not_found', 'es') });
    expect(b.fulls).toBe(0);
  });

  it('refuses an expired login that worked before', async () => {
    const carol = new OrganizerClient(server.url);
    expect((await carol.login('alice@example.org', 'correct horse')).status).toBe(200);
    const ok = await connectBoard(server.url, carol, forumId);
    expect(ok.refusal).toBeNull();
    ok.close();
    now += LOGIN_TTL_MS + 1;
    expect((await connectBoard(server.url, carol, forumId)).refusal?.error).toBe('login_required');
  });

  it('closes an open board once its organizer logs out', async () => {
    const dave = new OrganizerClient(server.url);
    expect((await dave.login('alice@example.org', 'correct horse')).status).toBe(200);
    const b = await connectBoard(server.url, dave, forumId);
    expect(b.socket.connected).toBe(true);
    expect((await dave.req('POST', '/api/organizer/logout', {})).status).toBe(200);
    await waitFor(() => !b.socket.connected, { what: 'the board cut after logout' });
  });
});
