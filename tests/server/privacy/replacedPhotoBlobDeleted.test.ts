// A removed group photo leaves the store: its image is no longer kept (it used to stay in the
// database forever, every upload of it). Several photos are kept side by side; removing one keeps
// the others, removing them all empties the store.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { makePng } from '../../fixtures/report/photo.js';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

const upload = (code: string, key: string, body: Buffer | null, method = 'POST') =>
  fetch(`${server.url}/api/sessions/${code}/photo`, {
    method,
    headers: { authorization: `Bearer ${key}` },
    ...(body ? { body: new Uint8Array(body) } : {}),
  });

describe.each([{ sqlite: false }, { sqlite: true }])('photo blobs (sqlite: $sqlite)', ({ sqlite }) => {
  it('a removed photo, then all of them, are gone from the store', async () => {
    server = await startTestServer({ sqlite });
    const s = await server.createSession();
    const first = ((await (await upload(s.code, s.rapporteurKey, makePng())).json()) as { photo: { id: string } })
      .photo;
    expect(await server.store.getBlob(s.code, first.id)).toBeDefined();

    const second = ((await (await upload(s.code, s.moderatorKey, makePng())).json()) as { photo: { id: string } })
      .photo;
    expect(second.id).not.toBe(first.id);
    // Both kept: several photos are allowed.
    expect(await server.store.getBlob(s.code, first.id)).toBeDefined();
    const got = await fetch(`${server.url}/api/sessions/${s.code}/photo?id=${second.id}`, {
      headers: { authorization: `Bearer ${s.moderatorKey}` },
    });
    expect(Buffer.from(await got.arrayBuffer())).toEqual(makePng());

    const one = await fetch(`${server.url}/api/sessions/${s.code}/photo?id=${first.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${s.moderatorKey}` },
    });
    expect(one.status).toBe(200);
    expect(await server.store.getBlob(s.code, first.id)).toBeUndefined();
    expect((await server.store.getBlob(s.code, second.id))?.data.length).toBeGreaterThan(0);

    expect((await upload(s.code, s.moderatorKey, null, 'DELETE')).status).toBe(200);
    expect(await server.store.getBlob(s.code, second.id)).toBeUndefined();
  });
});
