// HTTP: /healthz answers 200 with JSON, for load balancers and `palabre serve` checks.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

describe('GET /healthz', () => {
  it('answers 200 with JSON', async () => {
    server = await startTestServer({ clock: () => 1_634_814_000_000 });
    const r = await fetch(`${server.url}/healthz`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await r.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ ok: true, time: 1_634_814_000_000 });
    // Unknown paths are 404s, not crashes.
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
  });
});
