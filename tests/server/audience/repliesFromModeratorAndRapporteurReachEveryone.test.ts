// Several replies to one audience question, over real sockets: the moderator and the rapporteur each
// record one, a resent command or the same reply id does not add another, every screen and the
// asker's phone hold both in order, the Markdown report lists both, and a removal reaches everyone.
import { afterEach, expect, it } from 'vitest';
import { audienceRoom } from '../../helpers/audience.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

it('two replies, from the moderator and the rapporteur, reach every screen and the report', async () => {
  server = await startTestServer();
  const { s, mod, projector, ps, room } = await audienceRoom(server, 2, { moderation: 'publish' });
  const rap = await connectClient(server.url, s.code, 'rapporteur', { key: s.rapporteurKey });
  const [asker, other] = ps as [(typeof ps)[0], (typeof ps)[0]];
  const Q = 'comment on lie les différentes cultures ?';
  expect((await asker.send({ type: 'aq:ask', questionId: 'q-cult', speakerId: 's1', text: Q })).ok).toBe(true);

  const ben = {
    type: 'aq:answer',
    questionId: 'q-cult',
    replyId: 'rep-ben',
    by: 'Ben Zeghadi',
    gist: 'espace Swahili commun',
  } as const;
  expect((await mod.send(ben, 'cmd-ben-0000000000001')).ok).toBe(true);
  // The same envelope again (a lost acknowledgement), then the same reply id from the other screen.
  expect((await mod.send(ben, 'cmd-ben-0000000000001')).ok).toBe(true);
  expect((await rap.send(ben)).ok).toBe(true);
  expect((await rap.send({ ...ben, replyId: 'rep-rod', by: 'Rodérick Egal', gist: 'ESS rassemble' })).ok).toBe(true);

  const expected = [
    ['rep-ben', 'Ben Zeghadi', 'espace Swahili commun'],
    ['rep-rod', 'Rodérick Egal', 'ESS rassemble'],
  ];
  const repliesOf = (st: typeof mod.state) => st?.audienceQuestions['q-cult']?.replies.map((r) => [r.id, r.by, r.gist]);
  const clients = { mod, rap, projector, asker, other };
  for (const [name, c] of Object.entries(clients))
    await waitFor(() => repliesOf(c.state)?.length === 2, { what: `${name} holds both replies` });
  for (const [name, c] of Object.entries(clients)) expect(repliesOf(c.state), name).toEqual(expected);
  expect(room().audienceQuestions['q-cult']!.status).toBe('published');

  const md = await (
    await fetch(`${server.url}/api/sessions/${s.code}/report?format=md`, {
      headers: { authorization: `Bearer ${s.rapporteurKey}` },
    })
  ).text();
  expect(md).toContain(`  - **Answer**: Ben Zeghadi: espace Swahili commun\n  - Rodérick Egal: ESS rassemble\n`);

  expect((await mod.send({ ...ben, remove: true })).ok).toBe(true);
  for (const [name, c] of Object.entries(clients))
    await waitFor(() => repliesOf(c.state)?.length === 1, { what: `the removal reached ${name}` });
  expect(repliesOf(other.state)).toEqual([expected[1]]);
});
