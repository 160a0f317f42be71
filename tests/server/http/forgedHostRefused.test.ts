// Links are built from the Host header when PUBLIC_URL is not set: a Host that is not a host name
// (markup, a path, spaces) is refused with 400 in the user's language, and nothing is created.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/errors.js';
import { rawRequest } from '../../helpers/rawRequest.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('Host header', () => {
  it('refuses a forged Host when building links', async () => {
    for (const host of ['evil.example/"><svg onload=alert(1)>', 'evil.example/path', 'a b']) {
      const r = await rawRequest(server.url, {
        method: 'POST',
        path: '/api/sessions',
        body: '{}',
        headers: { host, 'content-type': 'application/json', 'accept-language': 'fr' },
      });
      expect(r.status, host).toBe(400);
      expect(r.json()).toEqual({ error: 'invalid_payload', message: errorMessage('invalid_payload', 'fr') });
    }
    expect(await server.store.listSessionCodes()).toEqual([]);
    const ok = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/sessions',
      body: '{}',
      headers: { host: 'palabre.example:8080', 'content-type': 'application/json' },
    });
    expect(ok.status).toBe(201);
    expect(ok.json<{ links: { participant: string } }>().links.participant).toMatch(
      /^http:\/\/palabre\.example:8080\/j\//,
    );
  });
});
