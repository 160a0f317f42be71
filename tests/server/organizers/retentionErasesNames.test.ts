// A forum's retention delay: N days after a session ended, the retention job erases participants'
// names, organizations and countries through the command pipeline (an event in the session's
// log), keeping their answers; the report then shows the answers without names. The job keeps no
// state of its own: after a restart it finds what became due meanwhile. Time injected. SQLite and
// PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { durableEngines, FORUM, OrganizerClient } from '../../helpers/organizer.js';
import { SAMPLE_DEFINITION, type TestServer } from '../../helpers/server.js';

const DAY = 24 * 60 * 60_000;
const ANSWER = 'Des coopératives locales financées par la commune.';

describe.each(durableEngines())('retention on $name', (engine) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    closeAllClients();
    await server?.close();
    server = undefined;
  });

  it('erases names after the delay, keeps the answers, survives a restart', { timeout: 60_000 }, async () => {
    const place = await engine.place();
    let now = Date.UTC(2026, 9, 2, 10);
    const clock = () => now;
    server = await place.start({ clock });
    const ana = new OrganizerClient(server.url);
    await ana.setup('ana@example.org', 'correct horse');
    const forumId = (await ana.req('POST', '/api/organizer/forums', { ...FORUM, retentionDays: 2 })).json.id as string;
    const create = async () => {
      const r = await ana.req('POST', `/api/organizer/forums/${forumId}/sessions`, SAMPLE_DEFINITION);
      const links = r.json.links as { moderator: string; rapporteur: string };
      return {
        code: r.json.code as string,
        moderatorKey: new URL(links.moderator).hash.slice(5),
        rapporteurKey: new URL(links.rapporteur).hash.slice(5),
      };
    };
    const s = await create();
    const later = await create();
    const url = server.url;
    const run = async (code: string, key: string, name: string) => {
      const mod = await connectClient(url, code, 'moderator', { key });
      await mod.send({ type: 'answering:open', questionIds: ['main'] });
      const p = await connectClient(url, code, 'participant', { language: 'fr' });
      const profile = {
        name,
        organization: 'Enda Tiers Monde',
        country: 'Sénégal',
        language: 'fr' as const,
        anonymous: false,
      };
      expect(await p.send({ type: 'profile:set', ...profile })).toMatchObject({ ok: true });
      expect(await p.send({ type: 'answer:submit', answerId: 'a1', questionId: 'main', text: ANSWER })).toMatchObject({
        ok: true,
      });
      expect(await mod.send({ type: 'session:end' })).toMatchObject({ ok: true });
    };
    await run(s.code, s.moderatorKey, 'Awa Ndiaye');
    const report = async (code: string, key: string) =>
      (
        await fetch(`${server!.url}/api/sessions/${code}/report?format=csv`, {
          headers: { authorization: `Bearer ${key}` },
        })
      ).text();
    expect(await report(s.code, s.rapporteurKey)).toContain('Awa Ndiaye');

    // Not yet: one minute before the delay.
    now += 2 * DAY - 60_000;
    expect(await server.app.retention.runOnce()).toEqual([]);
    expect(await report(s.code, s.rapporteurKey)).toContain('Awa Ndiaye');
    // Ended later, the second session is not due when the first is.
    now += 30_000;
    await run(later.code, later.moderatorKey, 'Bruno Lemaire');
    now += 60_000;
    expect(await server.app.retention.runOnce()).toEqual([s.code]);
    const after = await report(s.code, s.rapporteurKey);
    expect(after).toContain(ANSWER);
    for (const gone of ['Awa Ndiaye', 'Enda Tiers Monde', 'Sénégal']) expect(after).not.toContain(gone);
    const log = await server.store.eventsAfter(s.code, 0);
    expect(log.filter((e) => e.event.type === 'participants:erased')).toHaveLength(1);
    expect((await server.store.getForumSession(s.code))?.erasedAt).toBe(now);
    // Once only.
    expect(await server.app.retention.runOnce()).toEqual([]);
    expect(await report(later.code, later.rapporteurKey)).toContain('Bruno Lemaire');

    // A restart: the second session's delay passes while the server is down.
    closeAllClients();
    await server.close();
    now += 2 * DAY;
    server = await place.start({ clock });
    expect(await report(s.code, s.rapporteurKey)).not.toContain('Awa Ndiaye');
    expect(await server.app.retention.runOnce()).toEqual([later.code]);
    const second = await report(later.code, later.rapporteurKey);
    expect(second).toContain(ANSWER);
    expect(second).not.toContain('Bruno Lemaire');
  });
});
