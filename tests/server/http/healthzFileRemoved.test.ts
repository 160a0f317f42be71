// HTTP: /healthz answers 503 when the SQLite file is removed under the running server (its open
// handle would still read the deleted file: the check looks for the file itself).
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

describe('GET /healthz with the database file removed', () => {
  it('answers 503 and names the file', async () => {
    server = await startTestServer({ sqlite: true });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const file = server.dbFile!;
    rmSync(file);
    const r = await fetch(`${server.url}/healthz`);
    expect(r.status).toBe(503);
    const body = (await r.json()) as { ok: boolean; reason: string };
    expect(body.reason).toContain(file);
  });
});
