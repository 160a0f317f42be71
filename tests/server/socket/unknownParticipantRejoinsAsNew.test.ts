// HANDSHAKE: a device presenting an identity the server does not know (forged, or from another
// database) is refused with forbidden, and the sync client joins afresh as a new participant.
import { afterEach, describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../client/sync/storage.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { closeAllRaw, connectRaw, handshake, refusalOf } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

describe('handshake: participant identity', () => {
  it('a fake participant id/token is refused, and the client rejoins with a new id', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const real = await connectRaw(server.url, handshake(s.code, 'participant'));
    const me = real.welcome.participant!;

    expect(
      (
        await refusalOf(
          server.url,
          handshake(s.code, 'participant', { participantId: 'fake', participantToken: 'nope' }),
        )
      ).error,
    ).toBe('forbidden');
    // A real id with someone else's (or no) token is no better.
    expect(
      (
        await refusalOf(
          server.url,
          handshake(s.code, 'participant', { participantId: me.id, participantToken: 'x'.repeat(32) }),
        )
      ).error,
    ).toBe('forbidden');
    expect((await refusalOf(server.url, handshake(s.code, 'participant', { participantId: me.id }))).error).toBe(
      'forbidden',
    );
    expect((await refusalOf(server.url, handshake(s.code, 'participant', { participantToken: me.token }))).error).toBe(
      'forbidden',
    );

    const storage = memoryStorage();
    const idKey = `palabre:${s.code}:participant:identity`;
    await storage.set(idKey, { participantId: 'fake', token: 'nope' });
    const c = await connectClient(server.url, s.code, 'participant', { storage });
    await waitFor(() => c.status === 'online', { what: 'rejoined' });
    expect(c.participantId).not.toBe('fake');
    expect(c.participantId).not.toBe(me.id);
    const stored = await storage.get<{ participantId: string; token: string }>(idKey);
    expect(stored?.participantId).toBe(c.participantId);
    expect(stored?.token).not.toBe('nope');
    expect(Object.keys(serverState(server, s.code).participants).sort()).toEqual([me.id, c.participantId!].sort());
    // Nobody took over the real participant.
    expect(serverState(server, s.code).participants.fake).toBeUndefined();
  });
});
