// CLUSTER MODE: the board open on node A follows a session run entirely on node B (its moderator
// and phones connected there): the rows come from PostgreSQL's doorbell, the phones from the
// cluster-wide presence the log records; node A never loads the room.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardRow } from '../../../shared/board.js';
import { connectBoard } from '../../helpers/boardClient.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { newDatabase, startNode } from '../../helpers/cluster.js';
import { FORUM, OrganizerClient } from '../../helpers/organizer.js';
import { type PgCluster, skipPg, startPgCluster } from '../../helpers/pgCluster.js';
import { keyOf, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

const skip = skipPg('Cluster mode: the board on another node');
let cluster: PgCluster | undefined;
const nodes: TestServer[] = [];
beforeAll(async () => {
  if (!skip) cluster = await startPgCluster();
}, 60_000);
afterAll(async () => {
  closeAllClients();
  for (const n of nodes) await n.close().catch(() => {});
  cluster?.destroy();
});

describe.skipIf(skip)('board across nodes', () => {
  it('follows a session run on the other node', { timeout: 60_000 }, async () => {
    const db = await newDatabase(cluster!);
    const a = await startNode(db.url);
    const b = await startNode(db.url);
    nodes.push(a, b);
    const org = new OrganizerClient(a.url);
    expect((await org.setup('alice@example.org', 'correct horse')).status).toBe(201);
    const forumId = (await org.req('POST', '/api/organizer/forums', FORUM)).json.id as string;
    const made = await org.req('POST', `/api/organizer/forums/${forumId}/sessions`, {
      title: 'Run elsewhere',
      identity: 'anonymous',
      moderation: 'approve',
      audienceQuestions: 'always',
      speakers: [{ id: 's1', name: 'Aminata Diallo', minutes: 10 }],
    });
    const code = made.json.code as string;
    const key = keyOf((made.json.links as { moderator: string }).moderator);

    const live = await connectBoard(a.url, org, forumId);
    expect(live.rows.get(code)?.status).toBe('notStarted');
    const mod = await connectClient(b.url, code, 'moderator', { key });
    const phone = await connectClient(b.url, code, 'participant');
    await connectClient(b.url, code, 'participant');
    expect((await mod.send({ type: 'turn:start', speakerId: 's1' })).ok).toBe(true);
    expect((await phone.send({ type: 'aq:ask', questionId: 'a1', speakerId: null, text: 'Who pays?' })).ok).toBe(true);

    const row = () => live.rows.get(code) as BoardRow;
    await waitFor(
      () =>
        row().status === 'live' &&
        row().step?.title === 'Aminata Diallo' &&
        row().phones === 2 &&
        row().waitingQuestions === 1,
      { what: 'node A’s board following node B’s session' },
    );
    expect(a.app.registry.peek(code)).toBeUndefined();
    // The HTTP board on node A says the same.
    const r = await org.req('GET', `/api/organizer/forums/${forumId}/board`);
    expect((r.json.rows as BoardRow[])[0]).toMatchObject({ code, status: 'live', phones: 2, waitingQuestions: 1 });
    live.close();
  });
});
