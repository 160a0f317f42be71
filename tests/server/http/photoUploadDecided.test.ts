// The group photo goes through the engine like any command: the staff's upload becomes a photo:set
// event, stored and sent to the staff only; a wrong key never reaches the log.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';
import { makePng } from '../../fixtures/report/photo.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

const upload = (code: string, key: string, body: Buffer | null, method = 'POST') =>
  fetch(`${server.url}/api/sessions/${code}/photo`, {
    method,
    headers: { authorization: `Bearer ${key}` },
    ...(body ? { body: new Uint8Array(body) } : {}),
  });

describe('HTTP photo upload', () => {
  it('a rapporteur uploads, the moderator removes: each one event in the log, seen by the staff only', async () => {
    server = await startTestServer();
    const s = await server.createSession();
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    const p = await connectClient(server.url, s.code, 'participant');
    const png = makePng();

    const r = await upload(s.code, s.rapporteurKey, png);
    expect(r.status).toBe(200);
    const { photo } = (await r.json()) as { photo: { id: string } };
    expect(serverState(server, s.code).photo).toEqual({ id: photo.id, mime: 'image/png', bytes: png.length });
    const logged = (await server.store.eventsAfter(s.code, 0)).filter((e) => e.event.type === 'photo:added');
    expect(logged).toHaveLength(1);
    await waitFor(() => mod.state?.photo?.id === photo.id, { what: 'moderator sees the photo' });

    expect((await upload(s.code, s.moderatorKey, null, 'DELETE')).status).toBe(200);
    expect(serverState(server, s.code).photo).toBeNull();
    expect((await server.store.eventsAfter(s.code, 0)).filter((e) => e.event.type === 'photo:set')).toHaveLength(1);
    await waitFor(() => mod.state?.photo === null, { what: 'moderator sees it removed' });
    expect(p.state?.photo).toBeNull();
  });

  it('the projector key is refused and nothing is logged', async () => {
    server = await startTestServer();
    const s = await server.createSession();
    const before = (await server.store.eventsAfter(s.code, 0)).length;
    expect((await upload(s.code, s.projectorKey, makePng())).status).toBe(403);
    expect(await server.store.eventsAfter(s.code, 0)).toHaveLength(before);
  });
});
