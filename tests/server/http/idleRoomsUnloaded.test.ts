// A room nobody uses (no socket, no request) for the idle time is dropped from memory, and loaded
// again from the store when next asked for; a room with a socket stays.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

const loaded = async () =>
  ((await (await fetch(`${server.url}/healthz`)).json()) as { sessionsLoaded: number }).sessionsLoaded;

describe('idle rooms', () => {
  it('are unloaded after the idle time and reloaded on demand', async () => {
    let now = 0;
    server = await startTestServer({ sqlite: true, monotonic: () => now, idleRooms: { afterMs: 60_000, everyMs: 20 } });
    const quiet = await server.createSession({ title: 'Quiet' });
    const busy = await server.createSession(SAMPLE_DEFINITION);
    expect((await fetch(`${server.url}/api/sessions/${quiet.code}`)).status).toBe(200);
    const mod = await connectClient(server.url, busy.code, 'moderator', { key: busy.moderatorKey });
    expect(await loaded()).toBe(2);

    now += 59_000;
    await new Promise((r) => setTimeout(r, 100));
    expect(await loaded()).toBe(2);
    now += 2_000;
    await waitFor(async () => (await loaded()) === 1, { what: 'quiet room unloaded' });
    expect(server.app.registry.get(busy.code)).toBeDefined();
    expect((await mod.send({ type: 'timer:start', durationMs: 60_000 })).ok).toBe(true);

    const info = await fetch(`${server.url}/api/sessions/${quiet.code}`);
    expect(info.status).toBe(200);
    expect(((await info.json()) as { title: string }).title).toBe('Quiet');
    expect(await loaded()).toBe(2);
  });
});
