// Failed socket handshakes (an unknown code, a wrong staff key, an unknown participant token) are
// misses of the same per-address limiter as the HTTP API's unknown codes: out of misses, every
// handshake and every lookup from that address is refused with rate_limited, right guesses included.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllRaw, connectRaw, handshake, refusalOf } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
afterEach(async () => {
  closeAllRaw();
  await server?.close();
});

describe('failed handshakes per address', () => {
  it('wrong codes, keys and tokens use up the address misses shared with HTTP', async () => {
    const t = 1_000;
    server = await startTestServer({ monotonic: () => t, httpLimits: { codeMisses: { limit: 3, windowMs: 60_000 } } });
    const s = await server.createSession(SAMPLE_DEFINITION);

    expect((await refusalOf(server.url, handshake('ZZZZ99', 'participant'))).error).toBe('session_not_found');
    expect((await refusalOf(server.url, handshake(s.code, 'moderator', { key: 'wrong-key' }))).error).toBe('forbidden');
    expect(
      (
        await refusalOf(
          server.url,
          handshake(s.code, 'participant', { participantId: 'nobody', participantToken: 'x' }),
        )
      ).error,
    ).toBe('forbidden');

    // Out of misses: even the right key is refused, and so is the HTTP lookup of a real code.
    const refused = await refusalOf(
      server.url,
      handshake(s.code, 'moderator', { key: s.moderatorKey, language: 'es' }),
    );
    expect(refused).toEqual({ error: 'rate_limited', message: 'Está enviando demasiado rápido. Espere un momento.' });
    expect((await fetch(`${server.url}/api/sessions/${s.code}`)).status).toBe(429);
  });

  it('HTTP misses count against socket handshakes too; found codes cost nothing', async () => {
    server = await startTestServer({ monotonic: () => 5, httpLimits: { codeMisses: { limit: 2, windowMs: 60_000 } } });
    const s = await server.createSession(SAMPLE_DEFINITION);
    for (let i = 0; i < 5; i++) await connectRaw(server.url, handshake(s.code, 'moderator', { key: s.moderatorKey }));
    expect((await fetch(`${server.url}/api/sessions/QQQQ22`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/sessions/QQQQ23`)).status).toBe(404);
    expect((await refusalOf(server.url, handshake(s.code, 'participant'))).error).toBe('rate_limited');
  });
});
