// Thirty phones give the same answer a +1 as fast as they can: every +1 is stored once, and a phone
// receives no one's +1, only a handful of aggregated wall updates (a few per second), the last exact.
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionClient } from '../../../client/sync/sessionClient.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { closeAllRaw, connectRaw, handshake, sendRaw } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

describe('+1s reach phones aggregated', () => {
  it('sends a watching phone a few wall updates for 30 +1s, the last one exact', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    expect((await mod.send({ type: 'answering:open', questionIds: ['r1q1'] })).ok).toBe(true);
    const author = await connectClient(server.url, s.code, 'participant');
    expect(
      (await author.send({ type: 'answer:submit', answerId: 'ans-1', questionId: 'r1q1', text: 'Shared kitchens' })).ok,
    ).toBe(true);
    expect((await mod.send({ type: 'wall:show', questionId: 'r1q1', shown: true })).ok).toBe(true);
    const fans: SessionClient[] = [];
    for (let i = 0; i < 30; i++) fans.push(await connectClient(server.url, s.code, 'participant'));
    const watcher = await connectRaw(server.url, handshake(s.code, 'participant'));
    const t0 = Date.now();

    const acks = await Promise.all(fans.map((f) => f.send({ type: 'answer:plusOne', answerId: 'ans-1', on: true })));
    expect(acks.every((a) => a.ok)).toBe(true);
    await waitFor(
      () =>
        watcher.events.some(
          (e) => e.event.type === 'wall:updated' && e.event.put.some((x) => x.id === 'ans-1' && x.count === 30),
        ),
      { what: 'the watcher sees 30 +1s' },
    );
    const elapsed = Date.now() - t0;
    expect(watcher.events.filter((e) => e.event.type === 'answer:plusOned')).toEqual([]);
    const updates = watcher.events.filter((e) => e.event.type === 'wall:updated');
    expect(updates.length).toBeLessThanOrEqual(Math.ceil(elapsed / 250) + 1);
    expect(serverState(server, s.code).plusOnes?.['ans-1']).toHaveLength(30);
    // Every phone holds the same count; the watcher may still give its own +1.
    await waitFor(() => fans[0]!.state?.wall?.r1q1?.['ans-1']?.count === 30, { what: 'a fan sees 30' });
    expect(
      await sendRaw(watcher.socket, { id: 'x', command: { type: 'answer:plusOne', answerId: 'ans-1', on: true } }),
    ).toMatchObject({ ok: true });
  });
});
