// HANDSHAKE: a client speaking another protocol version is refused with a named reason, before
// anything else is looked at.
import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../shared/protocol.js';
import { closeAllRaw, connectRaw, handshake, refusalOf } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { loadedState } from '../../helpers/views.js';

let server: TestServer;
afterEach(async () => {
  closeAllRaw();
  await server?.close();
});

describe('handshake: protocol version', () => {
  it('is refused with protocol_mismatch in the connect_error data', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const r = await refusalOf(server.url, handshake(s.code, 'participant', { protocol: 999, language: 'fr' }));
    expect(r.error).toBe('protocol_mismatch');
    expect(r.message).toMatch(/Rechargez/);
    // Checked before the key: even the moderator with the right key is refused.
    expect(
      (
        await refusalOf(
          server.url,
          handshake(s.code, 'moderator', { protocol: PROTOCOL_VERSION + 1, key: s.moderatorKey }),
        )
      ).error,
    ).toBe('protocol_mismatch');
    // Nobody joined.
    expect((await loadedState(server, s.code)).participants).toEqual({});
    // A handshake that is not one at all is a malformed payload.
    expect((await refusalOf(server.url, { protocol: '1', code: s.code, role: 'participant' })).error).toBe(
      'invalid_payload',
    );
    expect((await refusalOf(server.url, handshake(s.code, 'admin'))).error).toBe('invalid_payload');
    // The current version gets in.
    const ok = await connectRaw(server.url, handshake(s.code, 'participant'));
    expect(ok.welcome.role).toBe('participant');
  });
});
