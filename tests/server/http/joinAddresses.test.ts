// Where phones join: staff (and the projector and speaker screens) learn PUBLIC_URL, or without it
// this machine's LAN addresses on the port they used; nobody without a key does. The QR code takes
// one of those LAN addresses on request, and only those.
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import type { AddressesResponse } from '../../../shared/http.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

const get = (url: string, key?: string) =>
  fetch(url, key === undefined ? {} : { headers: { authorization: `Bearer ${key}` } });

const lanIps = () =>
  Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && !a.internal && a.family === 'IPv4' && !a.address.startsWith('169.254.'))
    .map((a) => a!.address);

describe('GET /api/sessions/:code/addresses', () => {
  it('without PUBLIC_URL: the LAN addresses on the request port, for any screen key', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const url = `${server.url}/api/sessions/${s.code}/addresses`;
    expect((await get(url)).status).toBe(401);
    expect((await get(url, 'x'.repeat(24))).status).toBe(403);
    for (const key of [s.moderatorKey, s.rapporteurKey, s.projectorKey, s.speakerKey]) {
      const r = await get(url, key);
      expect(r.status).toBe(200);
      const body = (await r.json()) as AddressesResponse;
      expect(body.publicUrl).toBeNull();
      expect(body.lan).toEqual(lanIps().map((ip) => `http://${ip}:${server.port}`));
    }
    // The QR code follows a LAN address, and refuses to follow any other origin.
    const qr = (origin: string) =>
      fetch(`${server.url}/api/sessions/${s.code}/qr.svg?origin=${encodeURIComponent(origin)}`).then((r) => r.text());
    const plain = await (await fetch(`${server.url}/api/sessions/${s.code}/qr.svg`)).text();
    expect(await qr('http://evil.example')).toBe(plain);
    const ip = lanIps()[0];
    if (ip) expect(await qr(`http://${ip}:${server.port}`)).not.toBe(plain);
  });

  it('with PUBLIC_URL: that address and no LAN suggestion; links use it', async () => {
    server = await startTestServer({ publicUrl: 'https://palabre.example/' });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const r = await get(`${server.url}/api/sessions/${s.code}/addresses`, s.moderatorKey);
    expect(await r.json()).toEqual({ publicUrl: 'https://palabre.example', lan: [] });
    for (const l of Object.values(s.links)) expect(l.startsWith('https://palabre.example/')).toBe(true);
  });
});
