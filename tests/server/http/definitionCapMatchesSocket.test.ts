// A session definition must fit in one Socket.IO message (MAX_MESSAGE_BYTES, the server's
// maxHttpBufferSize): a valid but larger definition (up to 1 MB was accepted, 436 of them in 20 s)
// is refused with 413 and creates nothing; one just under the limit is created.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/errors.js';
import { MAX_MESSAGE_BYTES } from '../../../shared/limits.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** A valid definition of about `bytes` bytes of JSON: rounds of long questions. */
function definitionOf(bytes: number) {
  const rounds = [];
  let size = 0;
  for (let r = 0; r < 10 && size < bytes; r++) {
    const questions = [];
    for (let q = 0; q < 30 && size < bytes; q++) {
      const text = 'q'.repeat(Math.min(1_900, bytes - size));
      questions.push({ id: `r${r}q${q}`, text });
      size += text.length + 30;
    }
    rounds.push({ id: `r${r}`, title: `Round ${r}`, questions });
  }
  return { title: 'Large', rounds };
}

const post = (def: unknown) =>
  fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    body: JSON.stringify(def),
    headers: { 'content-type': 'application/json', 'accept-language': 'es' },
  });

describe('POST /api/sessions', () => {
  it('refuses a definition over MAX_MESSAGE_BYTES with 413 and creates nothing', async () => {
    const big = definitionOf(MAX_MESSAGE_BYTES + 20 * 1024);
    expect(JSON.stringify(big).length).toBeGreaterThan(MAX_MESSAGE_BYTES);
    const r = await post(big);
    expect(r.status).toBe(413);
    expect(await r.json()).toEqual({ error: 'too_large', message: errorMessage('too_large', 'es') });
    expect(await server.store.listSessionCodes()).toEqual([]);

    const fits = definitionOf(MAX_MESSAGE_BYTES - 20 * 1024);
    expect((await post(fits)).status).toBe(201);
  });
});
