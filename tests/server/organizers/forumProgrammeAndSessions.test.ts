// An organizer imports a programme into a forum (its sessions inherit the forum's settings and keep
// their rooms), replaces a session's moderator link from the forum (the open console is cut off)
// and deletes a session after typing its code. Another forum's session is out of reach. SQLite and
// PostgreSQL.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ForumView, RotateForumKeyResponse } from '../../../shared/organizerHttp.js';
import { organizerMessage } from '../../../shared/organizerErrors.js';
import type { ProgrammeCreateResponse, ProgrammePreviewResponse } from '../../../shared/programme/http.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { durableEngines, FORUM, OrganizerClient } from '../../helpers/organizer.js';
import type { TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';
import { spanishProgrammeXlsx } from '../http/programmeSheet.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const keyOf = (link: string) => new URL(link).hash.replace('#key=', '');

describe.each(durableEngines())('a forum’s programme and sessions on $name', (engine) => {
  let server: TestServer;
  let ana: OrganizerClient;
  let forumId = '';
  let created: ProgrammeCreateResponse['sessions'] = [];
  beforeAll(async () => {
    server = await engine.start();
    ana = new OrganizerClient(server.url);
    await ana.setup('ana@example.org', 'correct horse');
    forumId = (await ana.req('POST', '/api/organizer/forums', FORUM)).json.id as string;
  }, 60_000);
  afterEach(() => closeAllClients());
  afterAll(() => server?.close());

  const view = async () => (await ana.req('GET', `/api/organizer/forums/${forumId}`)).json as unknown as ForumView;

  it('imports 12 sessions into the forum, in programme order, with their rooms', async () => {
    const preview = (await (
      await fetch(`${server.url}/api/programme/preview`, {
        method: 'POST',
        body: new Uint8Array(await spanishProgrammeXlsx(12)),
        headers: { 'content-type': XLSX },
      })
    ).json()) as ProgrammePreviewResponse;
    const sessions = preview.rows.map((r) => ({ definition: r.definition, room: r.room, rapporteur: r.rapporteur }));
    const r = await ana.req('POST', `/api/organizer/forums/${forumId}/programme`, { sessions });
    expect(r.status).toBe(201);
    created = (r.json as unknown as ProgrammeCreateResponse).sessions;
    expect(created).toHaveLength(12);
    expect(created.map((s) => s.room)).toEqual(preview.rows.map((p) => p.room));

    const v = await view();
    expect(v.sessions.map((s) => s.code).sort()).toEqual(created.map((s) => s.code).sort());
    const order = v.sessions.map((s) => `${s.date} ${s.startTime}`);
    expect(order).toEqual([...order].sort());
    const first = created[0]!;
    const rec = await server.store.getSession(first.code);
    // The forum fills what the sheet left empty; the sheet's own fields stay.
    expect(rec?.definition.event.forum).toBe(FORUM.name);
    expect(rec?.definition.room).toBe(first.room);
    expect(rec?.definition.title).toBe(first.title);
    expect(v.sessions.find((s) => s.code === first.code)?.room).toBe(first.room);
    // Every link handed out opens its session.
    const console1 = await connectClient(server.url, first.code, 'moderator', { key: keyOf(first.links.moderator) });
    expect(console1.status).toBe('online');
  });

  it('a bad row creates nothing', async () => {
    const before = (await view()).sessions.length;
    const r = await ana.req('POST', `/api/organizer/forums/${forumId}/programme`, {
      sessions: [{ definition: { title: 'Fine' } }, { definition: { title: 'Bad', date: '31/02/2026' } }],
    });
    expect(r.status).toBe(400);
    expect((await view()).sessions.length).toBe(before);
  });

  it('replaces a moderator link: the open console is cut off, the sheet has the new link', async () => {
    const s = created[1]!;
    const oldConsole = await connectClient(server.url, s.code, 'moderator', { key: keyOf(s.links.moderator) });
    expect(oldConsole.status).toBe('online');
    const r = await ana.req('POST', `/api/organizer/forums/${forumId}/sessions/${s.code}/keys`, { role: 'moderator' });
    expect(r.status).toBe(200);
    const body = r.json as unknown as RotateForumKeyResponse;
    const now = body.view.sessions.find((x) => x.code === s.code)!;
    expect(keyOf(now.links.moderator)).not.toBe(keyOf(s.links.moderator));
    expect(keyOf(now.links.rapporteur!)).toBe(keyOf(s.links.rapporteur));
    await waitFor(() => oldConsole.status === 'refused', { what: 'old console refused', timeout: 15_000 });
    const fresh = await connectClient(server.url, s.code, 'moderator', { key: keyOf(now.links.moderator) });
    expect(fresh.status).toBe('online');
    // An unknown role changes nothing.
    const bad = await ana.req('POST', `/api/organizer/forums/${forumId}/sessions/${s.code}/keys`, { role: 'boss' });
    expect(bad.status).toBe(400);
  });

  it('deletes a session only once its code is typed', async () => {
    const s = created[2]!;
    const wrong = await ana.req('DELETE', `/api/organizer/forums/${forumId}/sessions/${s.code}`, { confirm: 'ZZZZZZ' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.message).toBe(organizerMessage('confirm_code', 'en'));
    expect(await server.store.getSession(s.code)).toBeDefined();
    const r = await ana.req('DELETE', `/api/organizer/forums/${forumId}/sessions/${s.code}`, {
      confirm: s.code.toLowerCase(),
    });
    expect(r.status).toBe(200);
    expect((r.json as unknown as ForumView).sessions.map((x) => x.code)).not.toContain(s.code);
    expect(await server.store.getSession(s.code)).toBeUndefined();
    expect((await view()).sessions).toHaveLength(11);
  });

  it('cannot reach a session of another forum, nor one outside any forum', async () => {
    const other = (await ana.req('POST', '/api/organizer/forums', { ...FORUM, name: 'Other' })).json.id as string;
    const outside = await server.createSession({ title: 'On its own' });
    for (const code of [created[3]!.code, outside.code]) {
      const r = await ana.req('DELETE', `/api/organizer/forums/${other}/sessions/${code}`, { confirm: code });
      expect(r.status).toBe(404);
      expect(r.json.error).toBe('session_not_in_forum');
      expect(await server.store.getSession(code)).toBeDefined();
    }
  });
});
