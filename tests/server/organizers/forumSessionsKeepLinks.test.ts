// A forum's sessions inherit its settings and keep every staff link server-side: the organizer
// logging in from another laptop gets the same links, and they open the console. A session made
// on the home page is adopted with its moderator link. SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ForumView } from '../../../shared/organizerHttp.js';
import { durableEngines, FORUM, OrganizerClient } from '../../helpers/organizer.js';
import type { TestServer } from '../../helpers/server.js';

describe.each(durableEngines())('forum sessions on $name', (engine) => {
  let server: TestServer;
  let laptop: OrganizerClient;
  let forumId = '';
  beforeAll(async () => {
    server = await engine.start();
    laptop = new OrganizerClient(server.url);
    await laptop.setup('ana@example.org', 'correct horse');
    forumId = (await laptop.req('POST', '/api/organizer/forums', FORUM)).json.id as string;
  }, 60_000);
  afterAll(() => server?.close());

  it('a session created in the forum inherits its settings; its links come back on another laptop', async () => {
    const made = await laptop.req('POST', `/api/organizer/forums/${forumId}/sessions`, {
      title: 'Territorial alliances',
      date: '2026-10-02',
      startTime: '10:00',
      moderator: { name: 'Kevin Ossah' },
    });
    expect(made.status).toBe(201);
    const code = made.json.code as string;
    const rec = await server.store.getSession(code);
    expect(rec?.definition).toMatchObject({
      event: { forum: 'GSEF 2026', city: 'Bordeaux', year: 2026, theme: 'Local ecosystems' },
      timeZone: 'Europe/Paris',
      language: 'fr',
      identity: 'named',
      title: 'Territorial alliances',
    });
    const other = new OrganizerClient(server.url);
    await other.login('ana@example.org', 'correct horse');
    const view = (await other.req('GET', `/api/organizer/forums/${forumId}`)).json as unknown as ForumView;
    expect(view.sessions).toHaveLength(1);
    expect(view.sessions[0]).toMatchObject({ code, title: 'Territorial alliances', moderator: 'Kevin Ossah' });
    expect(view.sessions[0]!.links).toEqual(made.json.links);
    // The stored moderator key opens the console's archive: it is the real key.
    const key = new URL(view.sessions[0]!.links.moderator).hash.replace('#key=', '');
    const archive = await fetch(`${server.url}/api/sessions/${code}/archive`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(archive.status).toBe(200);
  });

  it('adopts a home-page session with its moderator link; a wrong key or a second forum is refused', async () => {
    const home = await server.createSession({ title: 'Made on the home page' });
    const bad = await laptop.req('POST', `/api/organizer/forums/${forumId}/adopt`, {
      moderator: home.links.moderator.replace(/#key=.*/, '#key=wrongwrongwrongwrong'),
    });
    expect(bad.json.error).toBe('bad_link');
    const ok = await laptop.req('POST', `/api/organizer/forums/${forumId}/adopt`, {
      moderator: home.links.moderator,
      rapporteur: home.links.rapporteur,
    });
    expect(ok.status).toBe(200);
    const adopted = (ok.json as unknown as ForumView).sessions.find((s) => s.code === home.code)!;
    expect(adopted.links.moderator).toBe(home.links.moderator);
    expect(adopted.links.rapporteur).toBe(home.links.rapporteur);
    expect(adopted.links.speaker).toBe(home.links.speaker);
    expect(adopted.links.projector).toBeUndefined();
    const second = (await laptop.req('POST', '/api/organizer/forums', { name: 'Other' })).json.id as string;
    const twice = await laptop.req('POST', `/api/organizer/forums/${second}/adopt`, {
      moderator: home.links.moderator,
    });
    expect(twice.json.error).toBe('in_a_forum');
    // The session still works as before for whoever holds its links.
    expect((await fetch(`${server.url}/api/sessions/${home.code}`)).status).toBe(200);
  });

  it('invites a co-organizer by address, or by a link that works once', async () => {
    const { createOrganizer } = await import('../../../server/http/organizerRoutes.js');
    await createOrganizer(server.store, 'bea@example.org', 'bea password', Date.now(), 'en');
    await createOrganizer(server.store, 'cy@example.org', 'cy password', Date.now(), 'en');
    const bea = new OrganizerClient(server.url);
    await bea.login('bea@example.org', 'bea password');
    expect((await bea.req('GET', `/api/organizer/forums/${forumId}`)).status).toBe(404);
    expect(
      (await laptop.req('POST', `/api/organizer/forums/${forumId}/members`, { email: 'nobody@example.org' })).json
        .error,
    ).toBe('no_organizer');
    expect(
      (await laptop.req('POST', `/api/organizer/forums/${forumId}/members`, { email: 'BEA@example.org' })).status,
    ).toBe(200);
    expect((await bea.req('GET', `/api/organizer/forums/${forumId}`)).json.sessions).toHaveLength(2);

    const invite = await laptop.req('POST', `/api/organizer/forums/${forumId}/invites`, {});
    const token = new URL(invite.json.link as string).hash.replace('#invite=', '');
    const cy = new OrganizerClient(server.url);
    await cy.login('cy@example.org', 'cy password');
    expect((await cy.req('POST', '/api/organizer/invites/accept', { token })).json).toEqual({ forumId });
    expect((await cy.req('GET', `/api/organizer/forums/${forumId}`)).status).toBe(200);
    const again = await bea.req('POST', '/api/organizer/invites/accept', { token });
    expect(again.json.error).toBe('invite_invalid');
    const members = (await laptop.req('GET', `/api/organizer/forums/${forumId}`)).json.members as { email: string }[];
    expect(members.map((m) => m.email)).toEqual(['ana@example.org', 'bea@example.org', 'cy@example.org']);
  });
});
