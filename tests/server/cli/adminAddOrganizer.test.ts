// `palabre admin add-organizer --email E` (the real command, password piped on stdin) creates an
// organizer who can then log in to a server on the same data; a second one with the same address,
// a weak password or no password is refused with one line. SQLite (DATA_DIR) and PostgreSQL
// (DATABASE_URL).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgSessionStore } from '../../../server/store/pgSessionStore.js';
import { createSqliteSessionStore } from '../../../server/store/sqliteSessionStore.js';
import type { SessionStore } from '../../../server/store/sessionStore.js';
import { newDatabase } from '../../helpers/cluster.js';
import { OrganizerClient } from '../../helpers/organizer.js';
import { type PgCluster, skipPg, startPgCluster } from '../../helpers/pgCluster.js';
import { startTestServer } from '../../helpers/server.js';

const cli = resolve(__dirname, '../../../server/cli.ts');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

function admin(env: Record<string, string>, args: string[], stdin: string | null) {
  const child = spawn(process.execPath, ['--import', tsx, cli, 'admin', ...args], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b));
  child.stderr.on('data', (b: Buffer) => (stderr += b));
  if (stdin !== null) child.stdin.write(stdin);
  child.stdin.end();
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
    child.on('exit', (code) => done({ code, stdout, stderr })),
  );
}

async function checkEngine(env: Record<string, string>, open: () => Promise<SessionStore>) {
  const made = await admin(env, ['add-organizer', '--email', 'Organizer@Example.org'], 'a long password\n');
  expect(made.stderr).toBe('');
  expect(made.stdout).toMatch(/Organizer organizer@example.org created/);
  expect(made.code).toBe(0);
  const again = await admin(env, ['add-organizer', '--email', 'organizer@example.org'], 'another password\n');
  expect(again.code).toBe(1);
  expect(again.stderr).toBe('An organizer already has this e-mail address.\n');
  const weak = await admin(env, ['add-organizer', '--email', 'b@example.org'], 'short\n');
  expect(weak.stderr).toMatch(/at least 8 characters/);
  const none = await admin(env, ['add-organizer', '--email', 'c@example.org'], '');
  expect(none.stderr).toMatch(/no password given/);
  expect((await admin(env, ['add-organizer'], 'x\n')).stderr).toMatch(/Usage: palabre admin add-organizer --email/);

  const server = await startTestServer({ store: await open() });
  try {
    const c = new OrganizerClient(server.url);
    expect((await c.req('GET', '/api/organizer/me')).json).toEqual({ setupNeeded: false, organizer: null });
    expect((await c.login('organizer@example.org', 'a long password')).status).toBe(200);
    expect((await c.req('GET', '/api/organizer/me')).json.organizer).toMatchObject({ email: 'organizer@example.org' });
    expect(await server.store.countOrganizers()).toBe(1);
  } finally {
    await server.close();
  }
}

describe('palabre admin add-organizer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'palabre-admin-'));
  let cluster: PgCluster | undefined;
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    cluster?.destroy();
  });

  it('on SQLite (DATA_DIR)', { timeout: 60_000 }, async () => {
    await checkEngine({ DATA_DIR: dir }, async () => createSqliteSessionStore(join(dir, 'palabre.sqlite')));
  });

  it.skipIf(skipPg('admin add-organizer on PostgreSQL'))(
    'on PostgreSQL (DATABASE_URL)',
    { timeout: 90_000 },
    async () => {
      cluster = await startPgCluster();
      const { url } = await newDatabase(cluster, 'admin');
      await checkEngine({ DATABASE_URL: url }, () => createPgSessionStore(url));
    },
  );
});
