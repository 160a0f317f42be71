// Session codes cannot be guessed through the public info endpoint: after 60 unknown codes in a
// minute, every lookup from that address is refused with 429 (even a right code), for a while.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/errors.js';
import { rawRequest } from '../../helpers/rawRequest.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
let now = 0;
beforeAll(async () => {
  server = await startTestServer({ monotonic: () => now });
});
afterAll(async () => {
  await server?.close();
});

const lookup = (code: string) =>
  rawRequest(server.url, { path: `/api/sessions/${code}`, headers: { 'accept-language': 'es' } });

describe('GET /api/sessions/:code', () => {
  it('refuses lookups after 60 misses in a minute', async () => {
    const s = await server.createSession({ title: 'Guarded' });
    // Found codes do not count: a join page reloaded many times is never refused.
    for (let i = 0; i < 100; i++) expect((await lookup(s.code)).status).toBe(200);
    for (let i = 0; i < 60; i++) expect((await lookup(`WRONG${i}`)).status).toBe(404);
    const refused = await lookup('XYZXYZ');
    expect(refused.status).toBe(429);
    expect(refused.json()).toEqual({ error: 'rate_limited', message: errorMessage('rate_limited', 'es') });
    expect((await lookup(s.code)).status).toBe(429);
    now += 60_000;
    expect((await lookup(s.code)).status).toBe(200);
  });
});
