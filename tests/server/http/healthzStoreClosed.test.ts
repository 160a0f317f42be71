// HTTP: /healthz reads the store, so it fails (503, with a reason) when the store is closed,
// and a load balancer stops sending phones to this node.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

describe('GET /healthz with the store closed', () => {
  it.each([
    ['memory', false],
    ['SQLite', true],
  ])('%s: answers 503 with the reason', async (_name, sqlite) => {
    server = await startTestServer({ sqlite });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    server.store.close();
    const r = await fetch(`${server.url}/healthz`);
    expect(r.status).toBe(503);
    const body = (await r.json()) as { ok: boolean; reason: string };
    expect(body.ok).toBe(false);
    expect(body.reason).toMatch(/^store unavailable: /);
  });
});
