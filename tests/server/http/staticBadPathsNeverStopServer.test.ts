// One GET must never stop the server: a NUL byte, a path under a file, a NUL in an asset name or a
// segment longer than a file name can be made the static handler's stat throw (ENOTDIR,
// ENAMETOOLONG, ERR_INVALID_ARG_VALUE), and the error escaped as an unhandled rejection.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeDist } from '../../helpers/fakeDist.js';
import { rawRequest } from '../../helpers/rawRequest.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  const dist = fakeDist();
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});\n');
  server = await startTestServer({ staticDir: dist });
});
afterAll(async () => {
  await server?.close();
});

describe('static files', () => {
  it.each([
    '/%00',
    '/sw.js/x',
    '/assets/%00.js',
    `/${'a'.repeat(300)}`,
    `/assets/${'b'.repeat(300)}.js`,
    '/assets/%E0.js',
    '/assets%5c..%5cpackage.json',
  ])('GET %s is a 404 and the server keeps serving', async (path) => {
    const r = await rawRequest(server.url, { path });
    expect(r.status).toBe(404);
    const health = await rawRequest(server.url, { path: '/healthz' });
    expect(health.status).toBe(200);
    expect((await rawRequest(server.url, { path: '/sw.js' })).status).toBe(200);
  });
});
