// Paths are compared against `root + path.sep`: with a plain `startsWith(root)`, `/..%2fdist-old/…`
// served a file from the folder beside the built client (`dist-old/` next to `dist/`).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../../helpers/rawRequest.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), 'palabre-sibling-'));
  mkdirSync(join(parent, 'dist'));
  mkdirSync(join(parent, 'dist-old'));
  writeFileSync(join(parent, 'dist', 'robots.txt'), 'User-agent: *\n');
  writeFileSync(join(parent, 'dist-old', 'secret.txt'), 'not for you\n');
  server = await startTestServer({ staticDir: join(parent, 'dist') });
});
afterAll(async () => {
  await server?.close();
});

describe('static files', () => {
  it('never serves a file from a sibling folder of the client folder', async () => {
    expect((await rawRequest(server.url, { path: '/robots.txt' })).status).toBe(200);
    for (const path of ['/..%2fdist-old/secret.txt', '/%2e%2e/dist-old/secret.txt', '/../dist-old/secret.txt']) {
      const r = await rawRequest(server.url, { path });
      expect(r.status, path).toBe(404);
      expect(r.body.toString(), path).not.toContain('not for you');
    }
  });
});
