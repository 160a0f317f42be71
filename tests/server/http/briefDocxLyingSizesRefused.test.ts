// A .docx whose ZIP directory declares small sizes for entries that unpack much larger is refused
// before mammoth reads it: each entry is inflated with its declared size as a ceiling (in the
// conversion worker), so the lie costs at most the declared size. 413, in the user's language.
import JSZip from 'jszip';
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

/** Rewrites the uncompressed size of `name` in its local header and central directory entry. */
function lieAboutSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && out.toString('utf8', i + 30, i + 30 + out.readUInt16LE(i + 26)) === name)
      out.writeUInt32LE(size, i + 22);
    if (sig === 0x02014b50 && out.toString('utf8', i + 46, i + 46 + out.readUInt16LE(i + 28)) === name)
      out.writeUInt32LE(size, i + 24);
  }
  return out;
}

describe('POST /api/briefs/import', () => {
  it('refuses a .docx that lies about its unpacked sizes with 413', async () => {
    const real = await bombDocx(DOCX_LIMITS.maxXmlBytes * 2);
    const liar = lieAboutSize(real, 'word/document.xml', 10_000);
    expect((await JSZip.loadAsync(liar)).file('word/document.xml')).toBeTruthy();
    const r = await fetch(`${server.url}/api/briefs/import`, {
      method: 'POST',
      body: new Uint8Array(liar),
      headers: { 'content-type': DOCX, 'accept-language': 'es' },
    });
    expect(r.status).toBe(413);
    const body = (await r.json()) as { error: string; message: string };
    expect(body.error).toBe('too_large');
    expect(body.message).toMatch(/Word/);
  });
});
