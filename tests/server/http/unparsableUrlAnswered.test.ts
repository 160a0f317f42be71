// A request line the URL parser cannot read (`GET //`) used to throw inside the request listener
// and stop the server; it is answered 400 with a message in the user's language.
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

describe('request handler', () => {
  it('answers GET // with 400 and keeps serving', async () => {
    const r = await rawRequest(server.url, { path: '//', headers: { 'accept-language': 'es' } });
    expect(r.status).toBe(400);
    expect(r.json()).toEqual({ error: 'invalid_payload', message: errorMessage('invalid_payload', 'es') });
    expect((await rawRequest(server.url, { path: '/healthz' })).status).toBe(200);
  });
});
