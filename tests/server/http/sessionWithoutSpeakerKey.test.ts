// A session stored before the speaker view (its record has no speaker key) still opens for everyone
// else; no key opens a speaker view for it, and the console is told there is no speaker link.
import { afterEach, describe, expect, it } from 'vitest';
import { createSession } from '../../../shared/engine.js';
import { hashSecret, speakerKeyOf } from '../../../server/keys.js';
import { createMemorySessionStore } from '../../../server/store/memorySessionStore.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { makeDefinition, T0 } from '../../helpers/domain.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

describe('a session from before the speaker view', () => {
  it('opens for the staff, never as a speaker view', async () => {
    const store = createMemorySessionStore();
    const code = 'ABC234';
    const definition = makeDefinition();
    const moderatorKey = 'm'.repeat(24);
    await store.createSession(
      {
        code,
        createdAt: T0,
        moderatorKeyHash: hashSecret(moderatorKey),
        rapporteurKeyHash: hashSecret('r'.repeat(24)),
        projectorKeyHash: hashSecret('p'.repeat(24)),
        definition,
      },
      createSession(code, definition, T0).envelopes[0]!,
    );
    server = await startTestServer({ store });
    const mod = await connectClient(server.url, code, 'moderator', { key: moderatorKey });
    expect(mod.status).toBe('online');
    // Not even the key the moderator's would derive: the session never had one.
    const speaker = await connectClient(server.url, code, 'speaker', { key: speakerKeyOf(moderatorKey) });
    expect(speaker.refusal?.error).toBe('forbidden');
    const r = await fetch(`${server.url}/api/sessions/${code}/speaker-link`, {
      headers: { authorization: `Bearer ${moderatorKey}` },
    });
    expect(r.status).toBe(404);
  });
});
