// WELCOME: a first-time participant's phone saves its new identity (IndexedDB: slow) while the room
// keeps moving. Events broadcast during that save must not be lost: the state ends as the server's.
import { afterEach, describe, expect, it } from 'vitest';
import { memoryStorage, type KeyValue } from '../../../client/sync/storage.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { expectSameView, sameView } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

/** Storage whose identity writes wait until the test releases them. */
function slowIdentityStorage(): KeyValue & { release: () => void; waiting: () => boolean } {
  const inner = memoryStorage();
  let gate: (() => void) | null = null;
  let waiting = false;
  const opened = new Promise<void>((r) => (gate = r));
  return {
    get: (k) => inner.get(k),
    del: (k) => inner.del(k),
    async set(k, v) {
      if (k.endsWith(':identity')) {
        waiting = true;
        await opened;
      }
      await inner.set(k, v);
    },
    release: () => gate?.(),
    waiting: () => waiting,
  };
}

describe('welcome while the identity is being saved', () => {
  it('keeps the events that arrive meanwhile', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    const storage = slowIdentityStorage();
    const p = await connectClient(server.url, s.code, 'participant', { storage, wait: false });
    const received: string[] = [];
    p['socket'].onAny((ev: string) => void received.push(ev));
    await waitFor(() => storage.waiting(), { what: 'identity save started' });
    expect(received).toEqual(['session:welcome']);

    // The room moves on while the phone is still saving.
    expect((await mod.send({ type: 'phase:set', phase: { kind: 'question', questionId: 'main' } })).ok).toBe(true);
    await waitFor(() => received.includes('session:events'), { what: 'broadcast reached the phone' });

    storage.release();
    await waitFor(() => p.status === 'online');
    await waitFor(() => sameView(p, server, s.code), {
      timeout: 2_000,
      what: 'participant holds the server view',
    }).catch(() => undefined);
    expectSameView(p, server, s.code);
    expect(p.state!.phase).toEqual({ kind: 'question', questionId: 'main' });
    expect(p.state!.openQuestions).toEqual(['main']);
  });
});
