// CODES: a participant types the code as it comes: lower case, with spaces or a dash. The HTTP API
// and the socket handshake both find the session.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { closeAllRaw, connectRaw, handshake } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

describe('case-insensitive codes', () => {
  it('a lower-case code works in GET /api/sessions/:code, the QR, the archive and the handshake', async () => {
    server = await startTestServer();
    // A code may (rarely) be all digits; take one with letters so case matters.
    let s = await server.createSession(SAMPLE_DEFINITION);
    while (!/[A-Z]/.test(s.code)) s = await server.createSession(SAMPLE_DEFINITION);
    const lower = s.code.toLowerCase();
    expect(lower).not.toBe(s.code);
    const info = await fetch(`${server.url}/api/sessions/${lower}`);
    expect(info.status).toBe(200);
    expect(await info.json()).toEqual({
      code: s.code,
      title: 'Innovative Partnerships',
      language: 'en',
      identity: 'optional',
    });
    const spaced = `${lower.slice(0, 3)}-${lower.slice(3)}`;
    expect((await fetch(`${server.url}/api/sessions/${spaced}`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/sessions/${lower}/qr.svg`)).status).toBe(200);
    expect(
      (
        await fetch(`${server.url}/api/sessions/${lower}/archive`, {
          headers: { authorization: `Bearer ${s.moderatorKey}` },
        })
      ).status,
    ).toBe(200);

    const raw = await connectRaw(server.url, handshake(` ${lower.slice(0, 3)} ${lower.slice(3)} `, 'participant'));
    expect(raw.welcome.kind).toBe('snapshot');
    if (raw.welcome.kind === 'snapshot') expect(raw.welcome.state.code).toBe(s.code);
    const p = await connectClient(server.url, lower, 'participant');
    expect(p.status).toBe('online');
    const mod = await connectClient(server.url, lower, 'moderator', { key: s.moderatorKey });
    expect(mod.status).toBe('online');
    expect(Object.keys(serverState(server, s.code).participants)).toHaveLength(2);
    // Still one session: nothing was created under the lower-case spelling.
    expect(await server.store.listSessionCodes()).toContain(s.code);
    expect(await server.store.listSessionCodes()).not.toContain(lower);
  });
});
