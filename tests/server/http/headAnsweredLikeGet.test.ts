// HEAD on the API is answered like GET without a body (it was a 404).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../../helpers/rawRequest.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('HEAD /api/sessions/:code', () => {
  it('answers 200 with the GET headers and no body', async () => {
    const s = await server.createSession({ title: 'Head' });
    const head = await rawRequest(server.url, { method: 'HEAD', path: `/api/sessions/${s.code}` });
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toMatch(/application\/json/);
    expect(head.body.length).toBe(0);
    expect((await rawRequest(server.url, { method: 'HEAD', path: `/api/sessions/${s.code}/qr.svg` })).status).toBe(200);
    expect((await rawRequest(server.url, { method: 'HEAD', path: '/api/sessions/ZZZZZZ' })).status).toBe(404);
  });
});
