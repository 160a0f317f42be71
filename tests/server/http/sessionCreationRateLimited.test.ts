// Anonymous creation is bounded per address: 300 sessions per address per hour, then 429 with a
// message in the user's language and a Retry-After; another address is not affected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/errors.js';
import { HTTP_LIMITS } from '../../../server/app.js';
import { rawRequest } from '../../helpers/rawRequest.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
let now = 0;
beforeAll(async () => {
  // Behind a proxy: the address is X-Forwarded-For's, so one test can be two clients.
  server = await startTestServer({ trustProxy: true, monotonic: () => now });
});
afterAll(async () => {
  await server?.close();
});

const create = (address: string) =>
  rawRequest(server.url, {
    method: 'POST',
    path: '/api/sessions',
    body: '{}',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, 'accept-language': 'fr' },
  });

describe('POST /api/sessions', () => {
  it('refuses the 301st session from one address within the hour', async () => {
    expect(HTTP_LIMITS.create).toEqual({ limit: 300, windowMs: 3_600_000 });
    for (let i = 0; i < 300; i++) expect((await create('203.0.113.7')).status).toBe(201);
    const refused = await create('203.0.113.7');
    expect(refused.status).toBe(429);
    expect(refused.json()).toEqual({ error: 'rate_limited', message: errorMessage('rate_limited', 'fr') });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await server.store.listSessionCodes()).toHaveLength(300);

    expect((await create('198.51.100.1')).status).toBe(201);
    now += 60 * 60_000;
    expect((await create('203.0.113.7')).status).toBe(201);
  });
});
