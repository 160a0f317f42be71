// CATCH-UP: a client that was offline while the moderator ran the show comes back with exactly
// what it may see, as the server holds it.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { expectSameView, sameView, serverState } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

describe('reconnect', () => {
  it('a participant back from offline holds the server state as it may see it', async () => {
    server = await startTestServer();
    const s = await server.createSession({ ...SAMPLE_DEFINITION, moderation: 'approve' });
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    const away = await connectClient(server.url, s.code, 'participant');
    const other = await connectClient(server.url, s.code, 'participant');
    expect((await away.send({ type: 'answering:open', questionIds: ['r1q1'] })).ok).toBe(false);
    expect((await mod.send({ type: 'answering:open', questionIds: ['r1q1'] })).ok).toBe(true);
    expect((await away.send({ type: 'answer:submit', answerId: 'mine', questionId: 'r1q1', text: 'Mine' })).ok).toBe(
      true,
    );
    await waitFor(() => sameView(away, server, s.code), { what: 'caught up before going away' });

    away.goOffline();
    await waitFor(
      () => away.status === 'offline' && !serverState(server, s.code).participants[away.participantId!]!.connected,
    );
    const seqAtLeave = away.state!.seq;
    for (const command of [
      { type: 'phase:set', phase: { kind: 'opening' } },
      { type: 'turn:start', speakerId: 's1' },
      { type: 'timer:adjust', deltaMs: 60_000 },
      { type: 'answer:moderate', answerId: 'mine', featured: true },
      { type: 'phase:set', phase: { kind: 'round', roundId: 'r2' } },
    ] as const) {
      expect(await mod.send(command), command.type).toMatchObject({ ok: true });
    }
    // Someone else's answer and pending question: never to be seen by `away`.
    expect(
      (await other.send({ type: 'answer:submit', answerId: 'theirs', questionId: 'r2q1', text: 'Theirs' })).ok,
    ).toBe(true);
    expect((await other.send({ type: 'aq:ask', questionId: 'pendingQ', speakerId: null, text: 'Pending?' })).ok).toBe(
      true,
    );
    expect(away.state!.seq).toBe(seqAtLeave);

    away.goOnline();
    await waitFor(() => away.status === 'online' && sameView(away, server, s.code), {
      what: 'caught up after reconnect',
    });
    expectSameView(away, server, s.code);
    expect(away.state!.phase).toEqual({ kind: 'round', roundId: 'r2' });
    expect(away.state!.answers.mine?.featured).toBe(true);
    expect(away.state!.answers.theirs).toBeUndefined();
    expect(away.state!.audienceQuestions.pendingQ).toBeUndefined();
    expect(away.state!.participants[away.participantId!]?.connected).toBe(true);
    // And the moderator, who never left, holds the server state itself.
    await waitFor(() => sameView(mod, server, s.code));
    expect(mod.state).toEqual(serverState(server, s.code));
  });
});
