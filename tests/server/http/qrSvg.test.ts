// HTTP: the QR code for the participant link, as SVG, for the projector and the moderator's screen.
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

describe('GET /api/sessions/:code/qr.svg', () => {
  it('returns an SVG image; an unknown code is a 404', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const r = await fetch(`${server.url}/api/sessions/${s.code}/qr.svg`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('image/svg+xml');
    const svg = await r.text();
    expect(svg.trimStart()).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
    expect(svg).toContain('<path');
    // Different sessions, different codes.
    const t = await server.createSession(SAMPLE_DEFINITION);
    expect(await (await fetch(`${server.url}/api/sessions/${t.code}/qr.svg`)).text()).not.toBe(svg);
    const missing = await fetch(`${server.url}/api/sessions/ZZZZZZ/qr.svg`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'session_not_found' });
  });
});
