// Servers started and restarted on one SQLite file in a temporary folder; after each test every
// server still running is closed and the folder removed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { closeAllClients } from './clients.js';
import { startTestServer, type TestServer } from './server.js';

export function restartableServers(prefix: string) {
  const running = new Set<TestServer>();
  let dir: string | null = null;
  afterEach(async () => {
    closeAllClients();
    for (const s of running) await s.close().catch(() => {});
    running.clear();
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });
  return {
    /** A SQLite file path in a fresh temporary folder. */
    newFile(): string {
      dir = mkdtempSync(join(tmpdir(), prefix));
      return join(dir, 'palabre.sqlite');
    },
    async start(file: string): Promise<TestServer> {
      const s = await startTestServer({ sqlite: file });
      running.add(s);
      return s;
    },
    /** Closes the server (its clients first) as a test step; it is not closed again after. */
    async stop(s: TestServer): Promise<void> {
      running.delete(s);
      closeAllClients();
      await s.close();
    },
  };
}
