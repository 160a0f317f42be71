// Privacy on phones: a participant's phone never receives another participant's id (who asked, who
// voted: it gets counts, and knows only its own vote), and the text of another's withdrawn or merged
// question is gone from it, live and in any later snapshot or catch-up. The screens keep it all.
import { afterEach, describe, expect, it } from 'vitest';
import { voteCount } from '../../../shared/state.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { closeAllRaw, connectRaw, handshake, sendRaw, type RawConnection } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { sameView, serverState } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

/** Every frame a raw participant socket receives, as text. */
function spy(c: RawConnection): string[] {
  const frames = [JSON.stringify(c.welcome)];
  c.socket.onAny((_ev, ...args) => frames.push(JSON.stringify(args)));
  return frames;
}

let n = 0;
const cmd = (c: RawConnection, command: unknown) => sendRaw(c.socket, { id: `priv-${++n}-${'y'.repeat(21)}`, command });

describe('phones', () => {
  it('never receive voter or asker ids, only counts and their own vote', async () => {
    server = await startTestServer();
    const s = await server.createSession({ ...SAMPLE_DEFINITION, audienceQuestions: 'always', moderation: 'publish' });
    const watcher = await connectRaw(server.url, handshake(s.code, 'participant'));
    const frames = spy(watcher);
    const projector = await connectClient(server.url, s.code, 'projector', { key: s.projectorKey });
    const asker = await connectRaw(server.url, handshake(s.code, 'participant'));
    const voters = await Promise.all([1, 2, 3].map(() => connectRaw(server.url, handshake(s.code, 'participant'))));
    const voterClient = await connectClient(server.url, s.code, 'participant');
    const ids = [asker, ...voters].map((c) => c.welcome.participant!.id);

    expect(
      await cmd(asker, { type: 'aq:ask', questionId: 'q1', speakerId: null, text: 'Who funds it?' }),
    ).toMatchObject({ ok: true });
    await waitFor(() => voterClient.state?.audienceQuestions.q1);
    for (const v of voters)
      expect(await cmd(v, { type: 'aq:vote', questionId: 'q1', up: true })).toMatchObject({ ok: true });
    expect(await cmd(voters[2]!, { type: 'aq:vote', questionId: 'q1', up: false })).toMatchObject({ ok: true });
    expect((await voterClient.send({ type: 'aq:vote', questionId: 'q1', up: true })).ok).toBe(true);
    // Another question merged into q1: its asker counts as a voter of q1.
    expect(
      await cmd(voters[0]!, { type: 'aq:ask', questionId: 'q2', speakerId: null, text: 'Funding?' }),
    ).toMatchObject({ ok: true });
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    expect((await mod.send({ type: 'aq:merge', questionId: 'q2', into: 'q1' })).ok).toBe(true);

    const server_q1 = () => serverState(server, s.code).audienceQuestions.q1!;
    await waitFor(() => frames.some((f) => f.includes('"aq:merged"')), { what: 'the watcher saw the merge' });
    const late = await connectRaw(server.url, handshake(s.code, 'participant'));
    const lateFrames = spy(late);

    // The screens know who voted; the phones only how many.
    expect(server_q1().voters).toHaveLength(3);
    await waitFor(() => sameView(projector, server, s.code));
    expect(projector.state!.audienceQuestions.q1!.voters).toEqual(server_q1().voters);
    for (const f of [...frames, ...lateFrames]) for (const id of ids) expect(f).not.toContain(id);
    const lateQ1 = (late.welcome as { state: { audienceQuestions: Record<string, { votes?: number }> } }).state
      .audienceQuestions.q1!;
    expect(lateQ1.votes).toBe(3);

    // A voter still knows it voted, and its phone agrees with the server's view of it.
    await waitFor(() => sameView(voterClient, server, s.code), { what: 'voter view' });
    const mine = voterClient.state!.audienceQuestions.q1!;
    expect(mine.voters).toEqual([voterClient.participantId]);
    expect(voteCount(mine)).toBe(3);
    expect(mine.participantId).toBe('');
  });

  it('never keep the text of another participant’s withdrawn question', async () => {
    server = await startTestServer();
    const s = await server.createSession({ ...SAMPLE_DEFINITION, audienceQuestions: 'always', moderation: 'publish' });
    const asker = await connectClient(server.url, s.code, 'participant');
    const online = await connectClient(server.url, s.code, 'participant');
    const secret = 'My manager at ACME is a fraud';
    expect((await asker.send({ type: 'aq:ask', questionId: 'w1', speakerId: null, text: secret })).ok).toBe(true);
    await waitFor(() => online.state?.audienceQuestions.w1?.text === secret);
    const lastSeq = online.state!.seq;
    expect((await asker.send({ type: 'aq:withdraw', questionId: 'w1' })).ok).toBe(true);

    // Live: the text leaves the phone that had it.
    await waitFor(() => online.state?.audienceQuestions.w1?.withdrawn === true, { what: 'withdrawal seen' });
    expect(online.state!.audienceQuestions.w1!.text).toBe('');
    expect(JSON.stringify(online.state)).not.toContain(secret);
    await waitFor(() => sameView(online, server, s.code));

    // Later: neither a snapshot nor a catch-up carries it.
    const fresh = await connectRaw(server.url, handshake(s.code, 'participant'));
    expect(JSON.stringify(fresh.welcome)).not.toContain(secret);
    const back = await connectRaw(
      server.url,
      handshake(s.code, 'participant', {
        participantId: online.participantId,
        participantToken: online['token'],
        lastSeq: lastSeq - 1,
      }),
    );
    expect(back.welcome.kind).toBe('events');
    expect(JSON.stringify(back.welcome)).not.toContain(secret);
    // The staff keep it (a withdrawn question is still in the moderator's log).
    expect(serverState(server, s.code).audienceQuestions.w1!.text).toBe(secret);
  });
});
