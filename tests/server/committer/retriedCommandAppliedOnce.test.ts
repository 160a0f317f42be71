// IDEMPOTENCY: the same envelope (same client id) sent twice is applied once and acknowledged twice
// with the same result: in the same tick, after the first ack, and from a new connection.
import { afterEach, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../../shared/events.js';
import { closeAllRaw, connectRaw, handshake, sendRaw } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllRaw();
  await server?.close();
});

const count = (events: EventEnvelope[], type: string) => events.filter((e) => e.event.type === type).length;

describe('retried command', () => {
  it('a moderator command sent twice in the same tick, and again later, is applied once', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectRaw(server.url, handshake(s.code, 'moderator', { key: s.moderatorKey }));
    const envelope = { id: 'cmd-adjust-1', command: { type: 'timer:adjust', deltaMs: 60_000 } };
    const [a, b] = await Promise.all([sendRaw(mod.socket, envelope), sendRaw(mod.socket, envelope)]);
    expect(a).toMatchObject({ ok: true });
    expect(b).toEqual(a);
    const c = await sendRaw(mod.socket, envelope);
    expect(c).toEqual(a);
    expect(count(await server.store.eventsAfter(s.code, 0), 'timer:set')).toBe(1);
    expect(serverState(server, s.code).timer).toEqual({ status: 'idle', durationMs: 60_000 });
    // A new id is a new command.
    expect(await sendRaw(mod.socket, { ...envelope, id: 'cmd-adjust-2' })).toMatchObject({ ok: true });
    expect(serverState(server, s.code).timer.durationMs).toBe(120_000);
  });

  it('a participant answer re-sent from a new connection after reconnecting is stored once', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectRaw(server.url, handshake(s.code, 'moderator', { key: s.moderatorKey }));
    expect(
      await sendRaw(mod.socket, { id: 'open', command: { type: 'answering:open', questionIds: ['r1q1'] } }),
    ).toMatchObject({ ok: true });

    const first = await connectRaw(server.url, handshake(s.code, 'participant'));
    const me = first.welcome.participant!;
    const envelope = {
      id: 'answer-cmd-1',
      command: { type: 'answer:submit', answerId: 'ans-1', questionId: 'r1q1', text: 'Once only' },
    };
    const ack = await sendRaw(first.socket, envelope);
    expect(ack).toMatchObject({ ok: true });
    first.socket.disconnect();
    await waitFor(() => serverState(server, s.code).participants[me.id]?.connected === false);

    const again = await connectRaw(
      server.url,
      handshake(s.code, 'participant', { participantId: me.id, participantToken: me.token }),
    );
    expect(again.welcome.participant?.id).toBe(me.id);
    expect(await sendRaw(again.socket, envelope)).toEqual(ack);
    const stored = (await server.store.eventsAfter(s.code, 0)).filter((e) => e.event.type === 'answer:submitted');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.event).toMatchObject({ answerId: 'ans-1', participantId: me.id, text: 'Once only' });

    // The ack is remembered per sender: another participant reusing the id is a different command.
    const other = await connectRaw(server.url, handshake(s.code, 'participant'));
    expect(await sendRaw(other.socket, envelope)).toMatchObject({ ok: false, error: 'forbidden' });
    expect((await server.store.eventsAfter(s.code, 0)).filter((e) => e.event.type === 'answer:submitted')).toHaveLength(
      1,
    );
    expect(serverState(server, s.code).answers['ans-1']?.participantId).toBe(me.id);
  });
});
