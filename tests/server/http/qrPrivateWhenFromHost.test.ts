// Without PUBLIC_URL the QR code's link is built from the request's Host header, so no shared cache
// may keep it (a forged Host would otherwise poison the cached QR for everyone): Cache-Control is
// private. With PUBLIC_URL the link never depends on the request and it stays public.
import { afterEach, describe, expect, it } from 'vitest';
import { rawRequest } from '../../helpers/rawRequest.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

describe('GET /api/sessions/:code/qr.svg', () => {
  it('is private when built from Host, public with PUBLIC_URL', async () => {
    server = await startTestServer();
    const s = await server.createSession({ title: 'QR' });
    const fromHost = await rawRequest(server.url, {
      path: `/api/sessions/${s.code}/qr.svg`,
      headers: { host: 'evil.example' },
    });
    expect(fromHost.status).toBe(200);
    expect(fromHost.headers['cache-control']).toMatch(/\bprivate\b/);
    expect(fromHost.headers['cache-control']).not.toMatch(/\bpublic\b/);
    await server.close();

    server = await startTestServer({ publicUrl: 'https://palabre.example' });
    const t = await server.createSession({ title: 'QR' });
    const fixed = await rawRequest(server.url, {
      path: `/api/sessions/${t.code}/qr.svg`,
      headers: { host: 'evil.example' },
    });
    expect(fixed.headers['cache-control']).toMatch(/\bpublic\b/);
  });
});
