// Brief conversion is work for the server: 30 imports per address per 10 minutes, then 429.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_LIMITS } from '../../../server/app.js';
import { errorMessage } from '../../../shared/errors.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ monotonic: () => 0 });
});
afterAll(async () => {
  await server?.close();
});

const post = () =>
  fetch(`${server.url}/api/briefs/import`, {
    method: 'POST',
    body: 'Title: A workshop\n',
    headers: { 'content-type': 'text/plain; charset=utf-8', 'accept-language': 'fr' },
  });

describe('POST /api/briefs/import', () => {
  it('refuses the 31st import from one address within 10 minutes', async () => {
    expect(HTTP_LIMITS.briefImport).toEqual({ limit: 30, windowMs: 600_000 });
    for (let i = 0; i < 30; i++) expect((await post()).status).toBe(200);
    const r = await post();
    expect(r.status).toBe(429);
    expect(await r.json()).toEqual({ error: 'rate_limited', message: errorMessage('rate_limited', 'fr') });
  });
});
