// VALIDATE: a message over maxHttpBufferSize (MAX_SOCKET_FRAME_BYTES, 512 KB) never reaches a
// handler: Socket.IO drops that connection. (Our clients never send one: see
// oversizedSaveAnsweredTooLarge for commands between the command limit and this one.) The server keeps running, other clients are unaffected, and nothing is written.
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_SOCKET_FRAME_BYTES } from '../../../shared/limits.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { closeAllRaw, connectRaw, handshake } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { sameView, serverState } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

describe('oversized message', () => {
  it('disconnects only the sender; the room carries on', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    const bystander = await connectClient(server.url, s.code, 'participant');
    expect((await mod.send({ type: 'answering:open', questionIds: ['main'] })).ok).toBe(true);
    const attacker = await connectRaw(server.url, handshake(s.code, 'participant'));
    const attackerId = attacker.welcome.participant!.id;
    await waitFor(() => sameView(bystander, server, s.code));
    const before = serverState(server, s.code);
    const written = (await server.store.eventsAfter(s.code, 0)).length;

    let reason = '';
    attacker.socket.on('disconnect', (r) => (reason = r));
    let acked = false;
    attacker.socket.emit(
      'command:send',
      {
        id: 'huge',
        command: {
          type: 'answer:submit',
          answerId: 'huge',
          questionId: 'main',
          text: 'x'.repeat(MAX_SOCKET_FRAME_BYTES + 1024),
        },
      },
      () => (acked = true),
    );
    await waitFor(() => reason !== '', { what: 'attacker disconnected' });
    expect(reason).toBe('transport close');
    expect(acked).toBe(false);
    // Only the attacker's presence changed: its connection is gone.
    await waitFor(() => serverState(server, s.code).participants[attackerId]?.connected === false);
    const after = serverState(server, s.code);
    expect(after.answers).toEqual(before.answers);
    expect((await server.store.eventsAfter(s.code, 0)).slice(written).map((e) => e.event.type)).toEqual([
      'participant:presence',
    ]);

    // Everyone else is still connected and served.
    expect(bystander.status).toBe('online');
    expect(mod.status).toBe('online');
    expect(
      await bystander.send({ type: 'answer:submit', answerId: 'fine', questionId: 'main', text: 'Still here' }),
    ).toMatchObject({ ok: true });
    expect((await mod.send({ type: 'phase:set', phase: { kind: 'opening' } })).ok).toBe(true);
    await waitFor(() => bystander.state?.phase.kind === 'opening');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
