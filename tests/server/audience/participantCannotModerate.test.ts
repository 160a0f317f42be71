import { afterEach, expect, it } from 'vitest';
import type { Command } from '../../../shared/commands.js';
import { audienceRoom } from '../../helpers/audience.js';
import { closeAllClients } from '../../helpers/clients.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

it('a participant can neither approve, hide, merge, pin nor mark answered', async () => {
  server = await startTestServer();
  const { ps, room } = await audienceRoom(server, 2, { moderation: 'approve' });
  const [asker, other] = ps as [(typeof ps)[0], (typeof ps)[0]];
  await asker.send({ type: 'aq:ask', questionId: 'q-a', speakerId: 's1', text: 'First' });
  await asker.send({ type: 'aq:ask', questionId: 'q-b', speakerId: 's1', text: 'Second' });
  const before = JSON.stringify(room());
  const attempts: Command[] = [
    { type: 'aq:approve', questionId: 'q-a' },
    { type: 'aq:hide', questionId: 'q-a' },
    { type: 'aq:merge', questionId: 'q-b', into: 'q-a' },
    { type: 'aq:pin', questionId: 'q-a', pinned: true },
    { type: 'aq:answer', questionId: 'q-a', replyId: 'r1', by: 'Ben', gist: 'Self-answered' },
  ];
  for (const c of attempts) {
    for (const p of [asker, other]) {
      const ack = await p.send(c);
      expect(ack, c.type).toMatchObject({ ok: false, error: 'forbidden' });
    }
  }
  expect(JSON.stringify(room())).toBe(before);
});
