// A staff link replaced from the console (POST /api/sessions/:code/keys) is the one the forum's
// links sheet hands out from then on: the organizers never give out a dead link. SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ForumView } from '../../../shared/organizerHttp.js';
import { durableEngines, FORUM, OrganizerClient } from '../../helpers/organizer.js';
import type { TestServer } from '../../helpers/server.js';

const keyOf = (link: string) => new URL(link).hash.replace('#key=', '');

describe.each(durableEngines())('a rotated link on the forum sheet, on $name', (engine) => {
  let server: TestServer;
  let organizer: OrganizerClient;
  let forumId = '';
  beforeAll(async () => {
    server = await engine.start();
    organizer = new OrganizerClient(server.url);
    await organizer.setup('ana@example.org', 'correct horse');
    forumId = (await organizer.req('POST', '/api/organizer/forums', FORUM)).json.id as string;
  }, 60_000);
  afterAll(() => server?.close());

  it('hands out the new rapporteur and moderator links, and the old ones no longer open the session', async () => {
    const made = await organizer.req('POST', `/api/organizer/forums/${forumId}/sessions`, { title: 'Rotations' });
    const code = made.json.code as string;
    const before = made.json.links as Record<string, string>;
    const rotate = async (role: string) => {
      const r = await fetch(`${server.url}/api/sessions/${code}/keys`, {
        method: 'POST',
        headers: { authorization: `Bearer ${keyOf(before.moderator!)}`, 'content-type': 'application/json' },
        body: JSON.stringify({ role }),
      });
      expect(r.status).toBe(200);
      return ((await r.json()) as { links: Record<string, string> }).links;
    };
    const rapporteur = (await rotate('rapporteur')).rapporteur!;
    const sheet = async () =>
      ((await organizer.req('GET', `/api/organizer/forums/${forumId}`)).json as unknown as ForumView).sessions[0]!
        .links;
    expect(keyOf((await sheet()).rapporteur!)).toBe(keyOf(rapporteur));
    expect(keyOf((await sheet()).moderator!)).toBe(keyOf(before.moderator!));

    const moderator = (await rotate('moderator')).moderator!;
    const links = await sheet();
    expect(keyOf(links.moderator!)).toBe(keyOf(moderator));
    expect(keyOf(links.rapporteur!)).toBe(keyOf(rapporteur));
    const archive = (key: string) =>
      fetch(`${server.url}/api/sessions/${code}/archive`, { headers: { authorization: `Bearer ${key}` } });
    expect((await archive(keyOf(links.moderator!))).status).toBe(200);
    expect((await archive(keyOf(before.moderator!))).status).toBe(403);
  });
});
