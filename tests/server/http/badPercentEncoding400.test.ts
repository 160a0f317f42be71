// `/api/sessions/%E0` is not UTF-8 percent-encoding: a 400 in the user's language, not a 500.
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

describe('GET /api/sessions/:code', () => {
  it('answers bad percent-encoding with 400 invalid_payload', async () => {
    const r = await rawRequest(server.url, { path: '/api/sessions/%E0', headers: { 'accept-language': 'fr' } });
    expect(r.status).toBe(400);
    expect(r.json()).toEqual({ error: 'invalid_payload', message: errorMessage('invalid_payload', 'fr') });
  });
});
