// A small .docx that unpacks to a lot of XML (a decompression bomb) froze the server: mammoth ran
// on the main thread (50 MB of XML: 90 s, 3.4 GB). Its sender now gets a 413 in their language at
// once — the sizes the archive declares are checked before any conversion — and the server keeps
// answering everyone else meanwhile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_LIMITS } from '../../../server/brief/zipCheck.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { bombDocx } from './briefDocx.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('POST /api/briefs/import', () => {
  it('refuses a .docx that unpacks beyond the limit with 413, at once', async () => {
    const bomb = await bombDocx(DOCX_LIMITS.maxXmlBytes * 3);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const started = performance.now();
    const [r, health] = await Promise.all([
      fetch(`${server.url}/api/briefs/import`, {
        method: 'POST',
        body: new Uint8Array(bomb),
        headers: { 'content-type': DOCX, 'accept-language': 'fr' },
      }),
      fetch(`${server.url}/healthz`),
    ]);
    expect(health.status).toBe(200);
    expect(r.status).toBe(413);
    const body = (await r.json()) as { error: string; message: string };
    expect(body.error).toBe('too_large');
    expect(body.message).toMatch(/Word/);
    expect(body.message).toMatch(/décompresse/);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
