// CLUSTER MODE around the nodes: a wrong DATABASE_URL stops `palabre serve` with one line;
// /healthz follows PostgreSQL (503 while it is down, 200 again after its restart, and the session
// goes on); `palabre migrate-store` copies a SQLite file's sessions and verifies each.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrateStoreCommand } from '../../../server/cli/migrateStore.js';
import type { ForumView } from '../../../shared/organizerHttp.js';
import { FORUM, OrganizerClient } from '../../helpers/organizer.js';
import type { SessionClient } from '../../../client/sync/sessionClient.js';
import { memoryStorage } from '../../../client/sync/storage.js';
import { createSqliteSessionStore } from '../../../server/store/sqliteSessionStore.js';
import { replay } from '../../../shared/reducer.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { newDatabase, startNode } from '../../helpers/cluster.js';
import { captureLogger } from '../../helpers/log.js';
import { makePng } from '../../fixtures/report/photo.js';
import { freePort, type PgCluster, skipPg, startPgCluster } from '../../helpers/pgCluster.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { loadedState, sameView } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

const cli = resolve(__dirname, '../../../server/cli.ts');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const skip = skipPg('Cluster mode: start, health, migrate-store');
let cluster: PgCluster | undefined;
beforeAll(async () => {
  if (!skip) cluster = await startPgCluster();
}, 60_000);
afterAll(() => cluster?.destroy());

let servers: TestServer[] = [];
let dir: string | null = null;
afterEach(async () => {
  closeAllClients();
  for (const s of servers) await s.close().catch(() => {});
  servers = [];
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** `palabre serve` with `env`: its exit code and stderr (killed after 25 s if it does not stop). */
async function serveWith(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const p = spawn(process.execPath, ['--import', tsx, cli, 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  p.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const timer = setTimeout(() => p.kill('SIGKILL'), 25_000);
  const code = await new Promise<number | null>((r) => p.once('exit', (c) => r(c)));
  clearTimeout(timer);
  return { code, stderr };
}

describe('palabre serve with a wrong DATABASE_URL', () => {
  it('stops at start with one line naming the database (password hidden) and the reason', async () => {
    const port = await freePort();
    const { code, stderr } = await serveWith({ DATABASE_URL: `postgres://palabre:s3cret@127.0.0.1:${port}/palabre` });
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^cannot use PostgreSQL at postgres://palabre:\\*\\*\\*@127\\.0\\.0\\.1:${port}/palabre: \\S`),
    );
    expect(stderr).not.toContain('s3cret');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a URL that is not postgres://', async () => {
    const { code, stderr } = await serveWith({ DATABASE_URL: 'mysql://root@localhost/palabre' });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual(['DATABASE_URL must be a postgres:// URL (got mysql:…)']);
  });
});

describe.skipIf(skip)('cluster mode: health and a PostgreSQL restart', () => {
  it('/healthz answers 503 while PostgreSQL is down, 200 after its restart, and the session goes on', {
    timeout: 90_000,
  }, async () => {
    const { url } = await newDatabase(cluster!, 'health');
    const log = captureLogger();
    const node = await startNode(url, { logger: log.logger });
    servers.push(node);
    const s = await node.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(node.url, s.code, 'moderator', { key: s.moderatorKey });
    expect((await fetch(`${node.url}/healthz`)).status).toBe(200);
    // A phone that joined before, gone for now: its return needs its token checked in PostgreSQL.
    const device = memoryStorage();
    const before = await connectClient(node.url, s.code, 'participant', { storage: device });
    const pid = before.participantId!;
    before.close();
    await waitFor(() => mod.state?.participants[pid]?.connected === false, { what: 'left' });
    let late: SessionClient | null = null;
    let refused = false;
    cluster!.stopImmediate();
    try {
      const r = await fetch(`${node.url}/healthz`);
      expect(r.status).toBe(503);
      expect(((await r.json()) as { reason: string }).reason).toMatch(/^store unavailable: PostgreSQL check failed/);
      // It comes back now: not refused, it keeps trying until PostgreSQL is back.
      late = await connectClient(node.url, s.code, 'participant', { wait: false, storage: device });
      late.subscribe(() => {
        if (late!.status === 'refused') refused = true;
      });
      await waitFor(() => log.lines.some((l) => /^connect .*: store unavailable$/.test(l.msg)), {
        what: 'handshake met the outage',
      });
    } finally {
      cluster!.start();
    }
    await waitFor(async () => (await fetch(`${node.url}/healthz`)).status === 200, {
      timeout: 30_000,
      what: 'healthy again',
    });
    // The moderator's command is applied once PostgreSQL is back (retried by the client if need be).
    expect(await mod.send({ type: 'phase:set', phase: { kind: 'opening' } })).toMatchObject({ ok: true });
    await waitFor(() => mod.state?.phase.kind === 'opening');
    await waitFor(() => sameView(mod, node, s.code));
    await waitFor(() => late!.status === 'online', { what: 'late participant online', timeout: 30_000 });
    expect(refused).toBe(false);
    expect(late!.participantId).toBe(pid);
    await waitFor(() => mod.state?.participants[pid]?.connected === true);
  });
});

describe.skipIf(skip)('palabre migrate-store', () => {
  it('copies every session from SQLite and verifies it; a second run only verifies; a differing log fails', {
    timeout: 60_000,
  }, async () => {
    dir = mkdtempSync(join(tmpdir(), 'palabre-migrate-'));
    const file = join(dir, 'palabre.sqlite');
    const old = await startTestServer({ sqlite: file });
    const s1 = await old.createSession(SAMPLE_DEFINITION);
    const s2 = await old.createSession({ ...SAMPLE_DEFINITION, title: 'Second' });
    const mod = await connectClient(old.url, s1.code, 'moderator', { key: s1.moderatorKey });
    expect(await mod.send({ type: 'answering:open', questionIds: ['main'] })).toMatchObject({ ok: true });
    const device = memoryStorage();
    const ps = await Promise.all(
      [0, 1, 2].map((i) => connectClient(old.url, s1.code, 'participant', i ? {} : { storage: device })),
    );
    for (const [i, p] of ps.entries())
      expect(
        await p.send({ type: 'answer:submit', answerId: `a${i}`, questionId: 'main', text: `A ${i}` }),
      ).toMatchObject({ ok: true });
    const photo = await fetch(`${old.url}/api/sessions/${s1.code}/photo`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s1.moderatorKey}` },
      body: new Uint8Array(makePng()),
    });
    expect(photo.status).toBe(200);
    const pid = ps[0]!.participantId!;
    // An organizer's forum holds the first session, with its links.
    const ana = new OrganizerClient(old.url);
    await ana.setup('ana@example.org', 'correct horse');
    const forumId = (await ana.req('POST', '/api/organizer/forums', FORUM)).json.id as string;
    const adopted = await ana.req('POST', `/api/organizer/forums/${forumId}/adopt`, {
      moderator: `${old.url}/moderator/${s1.code}#key=${s1.moderatorKey}`,
    });
    expect(adopted.status).toBe(200);
    closeAllClients();
    await old.close();
    const sqlite = createSqliteSessionStore(file);
    const before = replay(await sqlite.eventsAfter(s1.code, 0));
    await sqlite.close();
    expect(Object.values(before.participants).map((p) => p.connected)).toEqual([false, false, false]);

    const { url } = await newDatabase(cluster!, 'migrate');
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (x: string) => void out.push(x), stderr: (x: string) => void err.push(x) };
    expect(await migrateStoreCommand(['--from', `sqlite:${file}`, '--to', url], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('')).toMatch(/2 sessions copied, 0 already there/);
    expect(out.join('')).toMatch(/1 organizers, 1 forums with 1 sessions copied or verified/);

    // Run again: verified, nothing copied twice.
    out.length = 0;
    expect(await migrateStoreCommand(['--from', `sqlite:${file}`, '--to', url], io)).toBe(0);
    expect(out.join('')).toMatch(/0 sessions copied, 2 already there/);

    // A node on PostgreSQL serves the copied sessions: same state, the participant's token and
    // the retried command's ack came along, and the photo.
    const node = await startNode(url);
    servers.push(node);
    expect(await loadedState(node, s1.code)).toEqual(before);
    expect((await loadedState(node, s2.code)).definition.title).toBe('Second');
    // The same phone (its stored identity) comes back: its token is accepted.
    // The organizer logs in with the same password and finds the forum and its session's links.
    const again = new OrganizerClient(node.url);
    expect((await again.login('ana@example.org', 'correct horse')).status).toBe(200);
    const forum = (await again.req('GET', `/api/organizer/forums/${forumId}`)).json as unknown as ForumView;
    expect(forum.sessions.map((x) => x.code)).toEqual([s1.code]);
    expect(forum.sessions[0]!.links.moderator).toContain(`#key=${s1.moderatorKey}`);
    const back = await connectClient(node.url, s1.code, 'participant', { storage: device });
    expect(back.status).toBe('online');
    expect(back.participantId).toBe(pid);
    const r = await fetch(`${node.url}/api/sessions/${s1.code}/photo`, {
      headers: { authorization: `Bearer ${s1.moderatorKey}` },
    });
    expect(r.status).toBe(200);
    expect(Buffer.from(await r.arrayBuffer()).equals(makePng())).toBe(true);

    // Logs that differ (the participant's return and a command, written in PostgreSQL since) fail
    // the verification.
    const m2 = await connectClient(node.url, s2.code, 'moderator', { key: s2.moderatorKey });
    expect(await m2.send({ type: 'phase:set', phase: { kind: 'opening' } })).toMatchObject({ ok: true });
    expect(await migrateStoreCommand(['--from', `sqlite:${file}`, '--to', url], io)).toBe(1);
    expect(err.join('')).toMatch(
      new RegExp(
        `^migrate-store: (${s1.code}|${s2.code}): the event logs differ \\(\\d+ in SQLite, \\d+ in PostgreSQL\\)`,
      ),
    );
  });
});
