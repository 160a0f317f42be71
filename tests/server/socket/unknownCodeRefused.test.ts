// HANDSHAKE: a code no session has is refused with session_not_found, whatever its shape.
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionClient } from '../../../client/sync/sessionClient.js';
import { CODE_ALPHABET } from '../../../shared/sessionCode.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { closeAllRaw, refusalOf, handshake } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

describe('handshake: session code', () => {
  it('an unknown code is refused with session_not_found', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    // Same alphabet and length as a real code, but not this one.
    const other = [...s.code]
      .map((ch) => CODE_ALPHABET[(CODE_ALPHABET.indexOf(ch) + 1) % CODE_ALPHABET.length])
      .join('');
    for (const code of [other, other.toLowerCase(), 'O0I1L!', 'toolongcode', '']) {
      expect((await refusalOf(server.url, handshake(code, 'participant'))).error, code).toBe('session_not_found');
    }
    expect((await refusalOf(server.url, handshake(other, 'moderator', { key: s.moderatorKey }))).error).toBe(
      'session_not_found',
    );
    // The sync client reports it as a refusal, and stops there.
    const c: SessionClient = await connectClient(server.url, other, 'participant');
    expect(c.status).toBe('refused');
    expect(c.refusal?.error).toBe('session_not_found');
    expect(c.state).toBeNull();
  });
});
