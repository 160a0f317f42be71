// Two devices, one with its clock 5 minutes fast and one 3 minutes slow, read the same time left as
// the server within 250 ms: the offset comes from timed round trips, not from the device's clock.
import { afterEach, expect, it } from 'vitest';
import { timeLeft } from '../../../shared/timer.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

it('a device whose clock is minutes off shows the same time left within 250 ms', async () => {
  server = await startTestServer();
  const s = await server.createSession(SAMPLE_DEFINITION);
  const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
  const fast = await connectClient(server.url, s.code, 'participant', { now: () => Date.now() + 5 * 60_000 });
  const slow = await connectClient(server.url, s.code, 'participant', { now: () => Date.now() - 3 * 60_000 });
  expect((await mod.send({ type: 'turn:start', speakerId: 's1' })).ok).toBe(true);
  for (const c of [fast, slow]) {
    await waitFor(
      () =>
        (c.state?.timer.status === 'running' && c.rtt > 0) ||
        (c.state?.timer.status === 'running' && Math.abs(c.offset) > 60_000),
      { what: 'timer and clock sync' },
    );
    await c.syncClock();
  }
  const timer = server.app.registry.get(s.code)!.state.timer;
  const truth = timeLeft(timer, Date.now());
  for (const c of [fast, slow]) {
    const shown = timeLeft(c.state!.timer, c.serverNow());
    expect(Math.abs(shown - truth)).toBeLessThanOrEqual(250);
  }
  // The device clocks really were off by minutes.
  expect(fast.offset).toBeLessThan(-4 * 60_000);
  expect(slow.offset).toBeGreaterThan(2 * 60_000);
});
