// ROUTING HINT: the client puts the session code on every Socket.IO request (`?s=CODE`), so a load
// balancer can hash on it (docs/cluster.md); checked on what the server received.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

describe('routing hint', () => {
  it('staff and participants send ?s=CODE on the upgrade request', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const urls: string[] = [];
    server.app.http.prependListener('request', (req) => {
      if (req.url?.startsWith('/socket.io/')) urls.push(req.url);
    });
    server.app.http.prependListener('upgrade', (req) => {
      if (req.url?.startsWith('/socket.io/')) urls.push(req.url);
    });
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    const p = await connectClient(server.url, s.code, 'participant');
    expect(mod.status).toBe('online');
    expect(p.status).toBe('online');
    const queries = [...server.app.io.of('/').sockets.values()].map((x) => x.handshake.query.s);
    expect(queries).toEqual([s.code, s.code]);
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(new URL(u, 'http://x').searchParams.get('s')).toBe(s.code);
  });
});
