// OUTBOX: the same command id handed to send() twice (a retry button, a reloaded form) while the
// first is still waiting: stored once, sent once, applied once, and both callers get the ack.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

describe('outbox: same id twice', () => {
  it('both callers are answered, and the command is applied once', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    expect((await mod.send({ type: 'answering:open', questionIds: ['main'] })).ok).toBe(true);
    const p = await connectClient(server.url, s.code, 'participant');
    p.goOffline();
    await waitFor(() => p.status === 'offline');
    const command = { type: 'answer:submit', answerId: 'twice', questionId: 'main', text: 'Sent twice' } as const;
    const first = p.send(command, 'same-id');
    const second = p.send(command, 'same-id');
    await waitFor(() => p.pending().length === 1, { what: 'one outbox item' });
    p.goOnline();
    const acks = await Promise.race([
      Promise.all([first, second]),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('a caller was never answered')), 5_000)),
    ]);
    expect(acks[0]).toMatchObject({ ok: true });
    expect(acks[1]).toEqual(acks[0]);
    expect(p.pending()).toHaveLength(0);
    expect((await server.store.eventsAfter(s.code, 0)).filter((e) => e.event.type === 'answer:submitted')).toHaveLength(
      1,
    );
  });
});
