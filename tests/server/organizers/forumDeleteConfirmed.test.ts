// Deleting a forum needs its exact name typed; then the forum, its organizers' access, its links
// and its sessions with everything they hold are gone, as if each session's moderator had deleted
// it. SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { durableEngines, FORUM, OrganizerClient } from '../../helpers/organizer.js';
import type { TestServer } from '../../helpers/server.js';

describe.each(durableEngines())('deleting a forum on $name', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await engine.start();
  }, 60_000);
  afterAll(() => server?.close());

  it('refuses without the exact name, then deletes', async () => {
    const ana = new OrganizerClient(server.url, 'es');
    await ana.setup('ana@example.org', 'correct horse');
    const id = (await ana.req('POST', '/api/organizer/forums', FORUM)).json.id as string;
    const made = await ana.req('POST', `/api/organizer/forums/${id}/sessions`, { title: 'Uno' });
    const code = made.json.code as string;
    const wrong = await ana.req('DELETE', `/api/organizer/forums/${id}`, { confirm: 'GSEF' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.message).toBe('Escriba exactamente el nombre del foro para confirmar.');
    expect((await ana.req('GET', `/api/organizer/forums/${id}`)).status).toBe(200);
    const ok = await ana.req('DELETE', `/api/organizer/forums/${id}`, { confirm: ` ${FORUM.name} ` });
    expect(ok.json).toEqual({ ok: true, sessions: [code] });
    expect((await ana.req('GET', `/api/organizer/forums/${id}`)).status).toBe(404);
    expect((await ana.req('GET', '/api/organizer/forums')).json).toEqual([]);
    expect(await server.store.getForumSession(code)).toBeUndefined();
    // The session itself is gone: its store record, and its code for phones and staff alike.
    expect(await server.store.getSession(code)).toBeUndefined();
    expect((await fetch(`${server.url}/api/sessions/${code}`)).status).toBe(404);
  });
});
