// A body over the limit is answered 413 with a clear message (it used to be cut with a connection
// reset, which a browser shows as a network failure), and nothing is created.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/errors.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('POST /api/sessions', () => {
  it('answers a 3 MB body with 413 too_large', async () => {
    const body = JSON.stringify({ title: 'x', notes: 'y'.repeat(3 * 1024 * 1024) });
    const r = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'accept-language': 'fr' },
    });
    expect(r.status).toBe(413);
    expect(await r.json()).toEqual({ error: 'too_large', message: errorMessage('too_large', 'fr') });
    expect(await server.store.listSessionCodes()).toEqual([]);
  });
});
