import { voteCount } from '../../../shared/state.js';
import { afterEach, expect, it } from 'vitest';
import { audienceRoom } from '../../helpers/audience.js';
import { closeAllClients } from '../../helpers/clients.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

it('merged duplicates keep every distinct voter once, and everyone agrees on the count', async () => {
  server = await startTestServer();
  const { mod, projector, ps, room } = await audienceRoom(server, 5);
  const [a, b, c, d, e] = ps as [(typeof ps)[0], (typeof ps)[0], (typeof ps)[0], (typeof ps)[0], (typeof ps)[0]];
  await a.send({ type: 'aq:ask', questionId: 'keep', speakerId: 's2', text: 'What is a hub of reconciliation?' });
  await b.send({
    type: 'aq:ask',
    questionId: 'dup',
    speakerId: 's2',
    text: 'Hub of economic reconciliation, what is it?',
  });
  // c votes for both; d only for the duplicate; e only for the kept one.
  for (const [p, q] of [
    [c, 'keep'],
    [c, 'dup'],
    [d, 'dup'],
    [e, 'keep'],
  ] as const) {
    expect((await p.send({ type: 'aq:vote', questionId: q, up: true })).ok).toBe(true);
  }
  expect((await mod.send({ type: 'aq:merge', questionId: 'dup', into: 'keep' })).ok).toBe(true);
  const voters = room().audienceQuestions.keep!.voters;
  // c once, d carried over, e kept, and b (the duplicate's asker) counts as a voter; a (asker) never.
  expect([...voters].sort()).toEqual([b, c, d, e].map((p) => p.participantId!).sort());
  expect(new Set(voters).size).toBe(voters.length);
  expect(room().audienceQuestions.dup!.status).toBe('merged');
  for (const client of [mod, projector, ...ps]) {
    await waitFor(
      () => (client.state?.audienceQuestions.keep ? voteCount(client.state.audienceQuestions.keep) : 0) === 4,
      { what: 'merged count everywhere' },
    );
  }
  // A voter of the duplicate voting again for the kept question changes nothing.
  expect((await d.send({ type: 'aq:vote', questionId: 'keep', up: true })).ok).toBe(true);
  expect(room().audienceQuestions.keep!.voters).toHaveLength(4);
});
