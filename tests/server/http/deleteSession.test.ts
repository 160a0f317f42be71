// DELETE /api/sessions/:code: the moderator deletes a session and all it holds (SQLite store); the
// code then answers 404, everyone connected is cut off and told on return that it was deleted.
import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_DELETED } from '../../../server/socket/handshake.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { closeAllRaw, connectRaw, handshake, refusalOf } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

const del = (code: string, key: string, body: unknown) =>
  fetch(`${server.url}/api/sessions/${code}`, {
    method: 'DELETE',
    body: JSON.stringify(body),
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'accept-language': 'es' },
  });

describe('deleting a session', () => {
  it('asks for the moderator and the code, then removes everything and cuts everyone off', async () => {
    server = await startTestServer({ sqlite: true });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const other = await server.createSession(SAMPLE_DEFINITION);
    const phone = await connectRaw(server.url, handshake(s.code, 'participant', { language: 'es' }));
    const moderator = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey, language: 'es' });
    expect(moderator.status).toBe('online');
    expect(await server.store.head(s.code)).toBeGreaterThan(1);

    expect((await del(s.code, s.moderatorKey, {})).status).toBe(400);
    expect((await del(s.code, s.moderatorKey, { confirm: other.code })).status).toBe(400);
    expect((await del(s.code, s.rapporteurKey, { confirm: s.code })).status).toBe(403);
    expect(await server.store.getSession(s.code)).toBeDefined();

    const r = await del(s.code, s.moderatorKey, { confirm: s.code.toLowerCase() });
    expect(r.status).toBe(200);
    expect(await server.store.getSession(s.code)).toBeUndefined();
    expect(await server.store.eventsAfter(s.code, 0)).toEqual([]);
    expect(await server.store.latestSnapshot(s.code)).toBeUndefined();
    expect(await server.store.listSessionCodes()).toEqual([other.code]);
    expect((await fetch(`${server.url}/api/sessions/${s.code}`)).status).toBe(404);

    await waitFor(() => !phone.socket.connected, { what: 'participant cut off' });
    await waitFor(() => moderator.status === 'refused', { what: 'console refused on return', timeout: 15_000 });
    expect(moderator.refusal).toEqual({ error: 'session_not_found', message: SESSION_DELETED.es });
    expect((await refusalOf(server.url, handshake(s.code, 'participant'))).message).toBe(SESSION_DELETED.en);
    // The other session is untouched.
    const still = await connectRaw(server.url, handshake(other.code, 'moderator', { key: other.moderatorKey }));
    expect(still.welcome.role).toBe('moderator');
  });
});
