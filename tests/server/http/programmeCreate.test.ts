// POST /api/programme/create: every session at once with its links, or none when one is invalid.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeCreateResponse, ProgrammePreviewResponse } from '../../../shared/programme/http.js';
import { keyOf, startTestServer, type TestServer } from '../../helpers/server.js';
import { spanishProgrammeXlsx } from './programmeSheet.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ sqlite: true });
});
afterAll(async () => {
  await server?.close();
});

const create = (body: unknown, lang = 'en') =>
  fetch(`${server.url}/api/programme/create`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', 'accept-language': lang },
  });

describe('POST /api/programme/create', () => {
  it('refuses the whole programme when one definition is invalid, creating nothing', async () => {
    const r = await create(
      { sessions: [{ definition: { title: 'Bien' } }, { definition: { title: 'Mal', date: '2023-13-45' } }] },
      'fr',
    );
    expect(r.status).toBe(400);
    const body = (await r.json()) as { message: string; issues: { path: string }[] };
    expect(body.issues.map((i) => i.path)).toEqual(['sessions.1.definition.date']);
    expect(body.message).toBeTruthy();
    expect(await create({ sessions: [] }).then((x) => x.status)).toBe(400);
    expect(await server.store.listSessionCodes()).toEqual([]);
  });

  it('creates every previewed row with working staff links', async () => {
    const file = await spanishProgrammeXlsx(4);
    const preview = (await (
      await fetch(`${server.url}/api/programme/preview`, {
        method: 'POST',
        body: new Uint8Array(file),
        headers: { 'content-type': XLSX },
      })
    ).json()) as ProgrammePreviewResponse;
    const sessions = preview.rows.map((r) => ({ definition: r.definition, room: r.room, rapporteur: r.rapporteur }));
    const r = await create({ sessions });
    expect(r.status).toBe(201);
    const body = (await r.json()) as ProgrammeCreateResponse;
    expect(body.sessions.map((s) => [s.title, s.room, s.rapporteur])).toEqual(
      preview.rows.map((p) => [p.title, p.room, p.rapporteur]),
    );
    expect((await server.store.listSessionCodes()).sort()).toEqual(body.sessions.map((s) => s.code).sort());
    for (const s of body.sessions) {
      const addresses = await fetch(`${server.url}/api/sessions/${s.code}/addresses`, {
        headers: { authorization: `Bearer ${keyOf(s.links.moderator)}` },
      });
      expect(addresses.status).toBe(200);
    }
    const info = (await (await fetch(`${server.url}/api/sessions/${body.sessions[0]?.code}`)).json()) as {
      title?: string;
    };
    expect(JSON.stringify(info)).toContain('Sesión 1');
  });
});
