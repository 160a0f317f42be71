// OUTBOX: the connection dies after the server committed an answer but before its ack reached the
// phone; the client reconnects, its outbox re-sends, and the answer is stored exactly once.
import { afterEach, describe, expect, it } from 'vitest';
import type { Op } from '../../../server/committer.js';
import type { Ack } from '../../../shared/errors.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { sameView, serverState } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

describe('lost ack', () => {
  it('an answer whose ack was lost is re-sent by the outbox and stored once', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    expect((await mod.send({ type: 'answering:open', questionIds: ['main'] })).ok).toBe(true);
    const p = await connectClient(server.url, s.code, 'participant');
    const pid = p.participantId!;

    // Cut the participant's transport right after the commit, before the ack is written.
    const committer = server.app.committer;
    const submit = committer.submit.bind(committer);
    let cuts = 0;
    const committedAcks: Ack[] = [];
    committer.submit = (op: Op) =>
      submit(op).then((ack) => {
        if (op.command.type === 'answer:submit' && op.actor.participantId === pid) {
          committedAcks.push(ack);
          if (cuts++ === 0) {
            for (const sock of server.app.io.of('/').sockets.values())
              if (sock.data.participantId === pid) sock.conn.close();
          }
        }
        return ack;
      });

    const sent = p.send({ type: 'answer:submit', answerId: 'a-lost-ack', questionId: 'main', text: 'Never twice' });
    await waitFor(() => cuts === 1, { what: 'connection cut after commit' });
    expect(serverState(server, s.code).answers['a-lost-ack']).toBeDefined();
    // The client never got its ack: the answer is still waiting in its outbox.
    expect(p.pending().map((x) => x.command.type)).toEqual(['answer:submit']);

    const ack = await sent; // resolved by the re-send after the automatic reconnect
    expect(ack).toMatchObject({ ok: true });
    expect(committedAcks).toHaveLength(2);
    expect(committedAcks[1]).toEqual(committedAcks[0]);
    expect(p.pending()).toHaveLength(0);
    expect(p.participantId).toBe(pid);
    const stored = (await server.store.eventsAfter(s.code, 0)).filter((e) => e.event.type === 'answer:submitted');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.event).toMatchObject({ answerId: 'a-lost-ack', participantId: pid });
    await waitFor(() => sameView(p, server, s.code));
    expect(Object.keys(p.state!.answers)).toEqual(['a-lost-ack']);
  });
});
