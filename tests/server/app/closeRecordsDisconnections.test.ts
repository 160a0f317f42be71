// SHUTDOWN: closing the app disconnects everyone and commits those disconnections before the store
// closes, so the file is exact and nothing fails on the way out.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteSessionStore } from '../../../server/store/sqliteSessionStore.js';
import { replay } from '../../../shared/reducer.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { captureLogger } from '../../helpers/log.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';

let server: TestServer | null = null;
let dir: string | null = null;
afterEach(async () => {
  closeAllClients();
  await server?.close().catch(() => {});
  server = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('app.close', () => {
  it('commits the disconnections of everyone still connected, without errors', async () => {
    dir = mkdtempSync(join(tmpdir(), 'palabre-close-'));
    const file = join(dir, 'palabre.sqlite');
    const log = captureLogger();
    server = await startTestServer({ sqlite: file, logger: log.logger });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const ps = await Promise.all([0, 1, 2].map(() => connectClient(server!.url, s.code, 'participant')));
    expect(Object.values(serverState(server, s.code).participants).map((p) => p.connected)).toEqual([true, true, true]);
    const closing = server;
    server = null;
    await closing.close();
    expect(log.lines.filter((l) => l.level === 'error')).toEqual([]);
    const store = createSqliteSessionStore(file);
    try {
      const state = replay(await store.eventsAfter(s.code, 0));
      expect(Object.keys(state.participants).sort()).toEqual(ps.map((p) => p.participantId!).sort());
      expect(Object.values(state.participants).map((p) => p.connected)).toEqual([false, false, false]);
    } finally {
      await store.close();
    }
  });
});
