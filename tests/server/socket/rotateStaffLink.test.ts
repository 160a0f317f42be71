// The moderator replaces a staff link: the console open with the old key (a real SessionClient) is
// cut off at once, comes back and is refused with the reason in its language; the new link works;
// the other roles stay connected.
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/errors.js';
import { KEY_REPLACED } from '../../../server/socket/handshake.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import type { RotateKeyResponse } from '../../../shared/http.js';
import { closeAllRaw, connectRaw, handshake, refusalOf } from '../../helpers/raw.js';
import { keyOf, SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

const rotate = (code: string, key: string, role: unknown, lang = 'en') =>
  fetch(`${server.url}/api/sessions/${code}/keys`, {
    method: 'POST',
    body: JSON.stringify({ role }),
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'accept-language': lang },
  });

describe('rotating a staff link', () => {
  it('cuts off the open console, refuses the old key and opens with the new one', async () => {
    server = await startTestServer({ sqlite: true });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const oldConsole = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey, language: 'fr' });
    expect(oldConsole.status).toBe('online');
    const rapporteur = await connectRaw(server.url, handshake(s.code, 'rapporteur', { key: s.rapporteurKey }));

    const r = await rotate(s.code, s.moderatorKey, 'moderator');
    expect(r.status).toBe(200);
    const { links } = (await r.json()) as RotateKeyResponse;
    expect(Object.keys(links).sort()).toEqual(['moderator', 'speaker']);
    const newKey = keyOf(links.moderator!);
    expect(newKey).not.toBe(s.moderatorKey);

    await waitFor(() => oldConsole.status !== 'online', { what: 'old console disconnected' });
    await waitFor(() => oldConsole.status === 'refused', {
      what: 'old console refused on its return',
      timeout: 15_000,
    });
    expect(oldConsole.refusal).toEqual({
      error: 'forbidden',
      message:
        'Ce lien a été remplacé et n’ouvre plus la session. Demandez le nouveau lien à la modération de la session ou aux organisateurs du forum.',
    });
    expect(rapporteur.socket.connected).toBe(true);
    expect((await refusalOf(server.url, handshake(s.code, 'speaker', { key: s.speakerKey }))).message).toBe(
      KEY_REPLACED.en,
    );
    // A key that never opened the session is still just wrong.
    expect((await refusalOf(server.url, handshake(s.code, 'moderator', { key: 'x'.repeat(24) }))).message).toBe(
      errorMessage('forbidden', 'en'),
    );
    const fresh = await connectRaw(server.url, handshake(s.code, 'moderator', { key: newKey }));
    expect(fresh.welcome.role).toBe('moderator');
    const speaker = await connectRaw(server.url, handshake(s.code, 'speaker', { key: keyOf(links.speaker!) }));
    expect(speaker.welcome.role).toBe('speaker');
    // The old key no longer opens the HTTP API either.
    expect((await rotate(s.code, s.moderatorKey, 'projector')).status).toBe(403);
  });

  it('only the moderator may rotate, and only known staff roles', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    expect((await rotate(s.code, s.rapporteurKey, 'projector')).status).toBe(403);
    expect((await rotate(s.code, s.moderatorKey, 'participant')).status).toBe(400);
    const r = await rotate(s.code, s.moderatorKey, 'rapporteur');
    const { links } = (await r.json()) as RotateKeyResponse;
    expect(Object.keys(links)).toEqual(['rapporteur']);
    expect((await refusalOf(server.url, handshake(s.code, 'rapporteur', { key: s.rapporteurKey }))).message).toBe(
      KEY_REPLACED.en,
    );
    const moderator = await connectRaw(server.url, handshake(s.code, 'moderator', { key: s.moderatorKey }));
    expect(moderator.welcome.role).toBe('moderator');
  });
});
