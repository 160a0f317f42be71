// A browser page of another site may not open a socket: every Socket.IO handshake's Origin must be
// the public address (PUBLIC_URL, or the Host the request came to) or one of ALLOWED_ORIGINS.
// Requests without an Origin (non-browser clients) stay allowed.
import { afterEach, describe, expect, it } from 'vitest';
import { rawRequest } from '../../helpers/rawRequest.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

const handshake = (origin?: string) =>
  rawRequest(server.url, {
    path: '/socket.io/?EIO=4&transport=polling',
    headers: origin ? { origin } : {},
  });

describe('Socket.IO handshake', () => {
  it('refuses a foreign Origin and accepts ours, configured ones and none', async () => {
    server = await startTestServer({ allowedOrigins: ['https://staff.example'] });
    expect((await handshake('http://evil.example')).status).toBe(403);
    expect((await handshake('null')).status).toBe(403);
    expect((await handshake()).status).toBe(200);
    expect((await handshake(server.url)).status).toBe(200);
    expect((await handshake('https://staff.example')).status).toBe(200);
  });

  it('with PUBLIC_URL, only that origin (and configured ones) may connect', async () => {
    server = await startTestServer({ publicUrl: 'https://palabre.example/' });
    expect((await handshake('https://palabre.example')).status).toBe(200);
    expect((await handshake('http://evil.example')).status).toBe(403);
  });
});

describe('Socket.IO handshake with PUBLIC_URL, from this machine', () => {
  it('lets a loopback page on a loopback Host in (the staff on localhost), nothing else', async () => {
    server = await startTestServer({ publicUrl: 'https://palabre.example/' });
    expect((await handshake(server.url)).status).toBe(200);
    expect(
      (
        await rawRequest(server.url, {
          path: '/socket.io/?EIO=4&transport=polling',
          headers: { origin: 'http://rebound.example:1234', host: 'rebound.example:1234' },
        })
      ).status,
    ).toBe(403);
  });
});
