// After a crash and a restart, the board reads the forum's sessions from the store without loading
// a room: each row as its log says (the step, the waiting question), but no phone connected (on
// one node, a session not in memory has no connection, whatever the log said before the crash).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BoardRow } from '../../../shared/board.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { FORUM, OrganizerClient } from '../../helpers/organizer.js';
import { keyOf, startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

const dir = mkdtempSync(join(tmpdir(), 'palabre-board-'));
const file = join(dir, 'palabre.sqlite');
let server: TestServer | undefined;
afterAll(async () => {
  closeAllClients();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('board after a restart', () => {
  it('reads sessions without loading them, no phone connected', { timeout: 30_000 }, async () => {
    const first = await startTestServer({ sqlite: file });
    const org = new OrganizerClient(first.url);
    expect((await org.setup('alice@example.org', 'correct horse')).status).toBe(201);
    const forumId = (await org.req('POST', '/api/organizer/forums', FORUM)).json.id as string;
    const made = await org.req('POST', `/api/organizer/forums/${forumId}/sessions`, {
      title: 'Before the crash',
      identity: 'anonymous',
      moderation: 'approve',
      audienceQuestions: 'always',
      speakers: [{ id: 's1', name: 'Aminata Diallo', minutes: 10 }],
    });
    const code = made.json.code as string;
    const mod = await connectClient(first.url, code, 'moderator', {
      key: keyOf((made.json.links as { moderator: string }).moderator),
    });
    const phone = await connectClient(first.url, code, 'participant');
    expect((await mod.send({ type: 'turn:start', speakerId: 's1' })).ok).toBe(true);
    expect((await phone.send({ type: 'aq:ask', questionId: 'a1', speakerId: null, text: 'Who pays?' })).ok).toBe(true);
    const before = await org.req('GET', `/api/organizer/forums/${forumId}/board`);
    expect((before.json.rows as BoardRow[])[0]).toMatchObject({ phones: 1 });
    closeAllClients();
    await first.app.abort();

    server = await startTestServer({ sqlite: file });
    const again = new OrganizerClient(server.url);
    expect((await again.login('alice@example.org', 'correct horse')).status).toBe(200);
    const r = await again.req('GET', `/api/organizer/forums/${forumId}/board`);
    expect(r.status).toBe(200);
    expect((r.json.rows as BoardRow[])[0]).toMatchObject({
      code,
      status: 'live',
      step: { kind: 'speaker', title: 'Aminata Diallo' },
      waitingQuestions: 1,
      phones: 0,
    });
    expect(server.app.registry.loaded).toBe(0);
    // Once the room is loaded (someone connects), its own presence counts.
    await connectClient(server.url, code, 'participant');
    await waitFor(async () => {
      const x = await again.req('GET', `/api/organizer/forums/${forumId}/board`);
      return (x.json.rows as BoardRow[])[0]?.phones === 1;
    });
  });
});
