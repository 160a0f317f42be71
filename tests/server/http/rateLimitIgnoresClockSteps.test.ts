// Rate limits run on a monotonic clock: a server whose wall clock is stepped back an hour (NTP, a
// resumed VM) does not refuse anyone. Before, the command bucket "refilled" by minus an hour of
// tokens and every command was rate_limited until the clock caught up.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

describe('rate limits', () => {
  it('a wall clock stepped back an hour rate-limits nobody', async () => {
    let offset = 0;
    server = await startTestServer({ clock: () => Date.now() + offset });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    expect((await mod.send({ type: 'timer:start', durationMs: 600_000 })).ok).toBe(true);

    offset = -60 * 60_000;
    const acks = [];
    for (let i = 0; i < 5; i++) acks.push(await mod.send({ type: 'timer:adjust', deltaMs: 1_000 }));
    expect(acks.filter((a) => !a.ok).map((a) => !a.ok && a.error)).toEqual([]);
    // HTTP limits too.
    for (let i = 0; i < 5; i++) await server.createSession({ title: `After the step ${i}` });
  });
});
