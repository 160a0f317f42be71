import { voteCount } from '../../../shared/state.js';
import { io } from 'socket.io-client';
import { afterEach, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../shared/protocol.js';
import type { Ack } from '../../../shared/errors.js';
import { audienceRoom } from '../../helpers/audience.js';
import { closeAllClients } from '../../helpers/clients.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

it('a vote counts once per participant across reconnects and retried commands', async () => {
  server = await startTestServer();
  const { ps, room } = await audienceRoom(server, 3);
  const [asker, voter, other] = ps as [(typeof ps)[0], (typeof ps)[0], (typeof ps)[0]];
  expect(
    (await asker.send({ type: 'aq:ask', questionId: 'q-1', speakerId: 's2', text: 'How do you link cultures?' })).ok,
  ).toBe(true);

  // The same vote command sent three times (lost acks): applied once.
  const id = 'vote-cmd-1';
  const acks = await Promise.all([1, 2, 3].map(() => voter.send({ type: 'aq:vote', questionId: 'q-1', up: true }, id)));
  expect(acks.every((a) => a.ok)).toBe(true);
  // A new vote command after a reconnect: already voted, nothing changes.
  voter.goOffline();
  await waitFor(() => voter.status === 'offline');
  const queued = voter.send({ type: 'aq:vote', questionId: 'q-1', up: true });
  voter.goOnline();
  expect((await queued).ok).toBe(true);

  // A raw client replaying the other participant's vote envelope twice.
  expect((await other.send({ type: 'aq:vote', questionId: 'q-1', up: true }, 'vote-cmd-2')).ok).toBe(true);
  expect((await other.send({ type: 'aq:vote', questionId: 'q-1', up: true }, 'vote-cmd-2')).ok).toBe(true);

  expect(room().audienceQuestions['q-1']!.voters.sort()).toEqual([voter.participantId!, other.participantId!].sort());
  await waitFor(
    () => (asker.state?.audienceQuestions['q-1'] ? voteCount(asker.state.audienceQuestions['q-1']) : 0) === 2,
    { what: 'asker sees 2 votes' },
  );

  // Withdrawing a vote is one command too, and the asker cannot vote for their own question.
  expect((await voter.send({ type: 'aq:vote', questionId: 'q-1', up: false })).ok).toBe(true);
  const own = await asker.send({ type: 'aq:vote', questionId: 'q-1', up: true });
  expect(own.ok).toBe(false);
  expect(room().audienceQuestions['q-1']!.voters).toEqual([other.participantId!]);

  // A raw socket sending a vote without a valid envelope changes nothing.
  const raw = io(server.url, {
    forceNew: true,
    transports: ['websocket'],
    auth: { protocol: PROTOCOL_VERSION, code: room().code, role: 'participant' },
  });
  await new Promise<void>((r) => raw.once('session:welcome', () => r()));
  const bad = await new Promise<Ack>((r) =>
    raw.emit('command:send', { id: 'x', command: { type: 'aq:vote', questionId: 'q-1' } } as never, r),
  );
  expect(bad).toMatchObject({ ok: false, error: 'invalid_payload' });
  raw.close();
  expect(room().audienceQuestions['q-1']!.voters).toEqual([other.participantId!]);
});
