// A SQLite file written before replies holds `aq:answered` events with no reply id. A server opened
// on it replays the session: the answer is the reply 'r0', and replies recorded now go beside it.
import { expect, it } from 'vitest';
import { createSqliteSessionStore } from '../../../server/store/sqliteSessionStore.js';
import type { SessionEvent } from '../../../shared/events.js';
import { connectClient } from '../../helpers/clients.js';
import { restartableServers } from '../../helpers/restart.js';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

const servers = restartableServers('palabre-legacy-');

it('an old aq:answered in the SQLite log replays as the reply r0; new replies join it', async () => {
  const file = servers.newFile();
  const first = await servers.start(file);
  const s = await first.createSession({ ...SAMPLE_DEFINITION, moderation: 'publish' });
  const p = await connectClient(first.url, s.code, 'participant');
  expect(
    (
      await p.send({
        type: 'aq:ask',
        questionId: 'q-hub',
        speakerId: 's1',
        text: 'hub de réconciliation économique kesako ?',
      })
    ).ok,
  ).toBe(true);
  await servers.stop(first);

  // What the previous version wrote when the question was answered.
  const store = createSqliteSessionStore(file);
  const last = (await store.eventsAfter(s.code, 0)).at(-1)!;
  const legacy = {
    type: 'aq:answered',
    questionId: 'q-hub',
    by: 'Ben Zeghadi',
    gist: 'réconcilier les initiatives',
  } as unknown as SessionEvent;
  expect(
    await store.commit([
      {
        code: s.code,
        expectedHead: last.seq,
        events: [{ seq: last.seq + 1, at: last.at + 60_000, event: legacy }],
        acks: [],
        participants: [],
        blobs: [],
        deleteBlobs: [],
      },
    ]),
  ).toEqual([{ ok: true, head: last.seq + 1 }]);
  await store.close();

  const second = await servers.start(file);
  const mod = await connectClient(second.url, s.code, 'moderator', { key: s.moderatorKey });
  expect(mod.state?.audienceQuestions['q-hub']).toMatchObject({
    status: 'published',
    replies: [{ id: 'r0', by: 'Ben Zeghadi', gist: 'réconcilier les initiatives', at: last.at + 60_000 }],
  });
  expect(
    (
      await mod.send({
        type: 'aq:answer',
        questionId: 'q-hub',
        replyId: 'rep-2',
        by: 'Rodérick Egal',
        gist: 'création de valeur',
      })
    ).ok,
  ).toBe(true);
  await waitFor(() => mod.state?.audienceQuestions['q-hub']?.replies.length === 2, { what: 'second reply' });
  expect(second.app.registry.get(s.code)!.state.audienceQuestions['q-hub']!.replies.map((r) => r.id)).toEqual([
    'r0',
    'rep-2',
  ]);
});
