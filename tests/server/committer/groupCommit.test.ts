// GROUP COMMIT: commands arriving in the same tick share one transaction; each is acknowledged
// (after the commit) with its own result, and each is stored once, in order.
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionClient } from '../../../client/sync/sessionClient.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

describe('group commit', () => {
  it('many participants answering at once: fewer transactions than commands, every one acked ok', async () => {
    server = await startTestServer({ sqlite: true });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    expect((await mod.send({ type: 'answering:open', questionIds: ['main'] })).ok).toBe(true);
    const ps: SessionClient[] = await Promise.all(
      Array.from({ length: 30 }, () => connectClient(server.url, s.code, 'participant')),
    );

    // Count transactions on the store itself, not only the committer's own stats.
    let transactions = 0;
    const store = server.store;
    const commit = store.commit.bind(store);
    store.commit = (batches) => {
      transactions++;
      return commit(batches);
    };
    const stats = { ...server.app.committer.stats };
    const acks = await Promise.all(
      ps.map((p, i) => p.send({ type: 'answer:submit', answerId: `a${i}`, questionId: 'main', text: `Answer ${i}` })),
    );
    const batches = server.app.committer.stats.batches - stats.batches;
    const ops = server.app.committer.stats.ops - stats.ops;

    expect(acks.every((a) => a.ok)).toBe(true);
    expect(ops).toBe(30);
    expect(batches, `${batches} transactions for ${ops} commands`).toBeLessThan(ops);
    expect(transactions).toBe(batches);
    // Each ack names its own place in the log, and the log holds each answer once.
    const seqs = acks.map((a) => (a.ok ? a.seq : -1));
    expect(new Set(seqs).size).toBe(30);
    const stored = (await store.eventsAfter(s.code, 0)).filter((e) => e.event.type === 'answer:submitted');
    expect(stored).toHaveLength(30);
    expect(stored.map((e) => e.seq).sort((a, b) => a - b)).toEqual([...seqs].sort((a, b) => a - b));
    expect(Object.keys(serverState(server, s.code).answers)).toHaveLength(30);
  });
});
