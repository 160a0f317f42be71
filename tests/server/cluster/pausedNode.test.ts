// CLUSTER MODE, a node frozen (SIGSTOP) long enough to be declared dead: another node marks its
// participants absent; when it wakes (SIGCONT) it finds its heartbeat swept, writes its connections
// again and marks its participants present. `palabre serve` runs as a real process here.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { newDatabase, startNode } from '../../helpers/cluster.js';
import { type PgCluster, skipPg, startPgCluster } from '../../helpers/pgCluster.js';
import { SAMPLE_DEFINITION, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

const cli = resolve(__dirname, '../../../server/cli.ts');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const skip = skipPg('Cluster mode: a paused node');
let cluster: PgCluster | undefined;
beforeAll(async () => {
  if (!skip) cluster = await startPgCluster();
}, 60_000);
afterAll(() => cluster?.destroy());

let node: TestServer | null = null;
let child: ChildProcess | null = null;
afterEach(async () => {
  closeAllClients();
  if (child && child.exitCode === null) {
    child.kill('SIGCONT');
    child.kill('SIGKILL');
  }
  child = null;
  await node?.close();
  node = null;
});

/** `palabre serve` on `url` as a child process; resolves with its base URL once it listens. */
function serveProcess(url: string): Promise<string> {
  const p = spawn(process.execPath, ['--import', tsx, cli, 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: url, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = p;
  let out = '';
  let err = '';
  p.stderr!.on('data', (b: Buffer) => (err += b.toString()));
  return new Promise((done, fail) => {
    p.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /running on http:\/\/localhost:(\d+)/.exec(out);
      if (m) done(`http://127.0.0.1:${m[1]}`);
    });
    p.once('exit', (code) => fail(new Error(`palabre serve exited (${code}): ${err}`)));
  });
}

describe.skipIf(skip)('cluster: a node paused past the dead line', () => {
  it('its participants are marked absent by another node, then present again when it wakes', {
    timeout: 90_000,
  }, async () => {
    const { url } = await newDatabase(cluster!, 'paused');
    // The in-process node declares a node dead after 5 s without a heartbeat (the child beats every 2 s).
    node = await startNode(url, { deadAfterMs: 5000 });
    const paused = await serveProcess(url);
    const s = await node.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(node.url, s.code, 'moderator', { key: s.moderatorKey });
    const p = await connectClient(paused, s.code, 'participant');
    const pid = p.participantId!;
    const connected = () => serverState(node!, s.code).participants[pid]?.connected;
    await waitFor(() => connected() === true, { what: 'present' });

    child!.kill('SIGSTOP');
    await waitFor(() => connected() === false, { what: 'absent after the dead line', timeout: 30_000 });
    expect(mod.state && (await waitFor(() => mod.state!.participants[pid]?.connected === false))).toBe(true);

    child!.kill('SIGCONT');
    // The socket survived the pause (no ping missed long enough): the woken node says so again.
    await waitFor(() => connected() === true, { what: 'present again', timeout: 30_000 });
    await waitFor(() => mod.state!.participants[pid]?.connected === true);
    expect(p.status).toBe('online');
    const flips = (await node.store.eventsAfter(s.code, 0))
      .filter((e) => e.event.type === 'participant:presence')
      .map((e) => (e.event as { connected: boolean }).connected);
    expect(flips).toEqual([false, true]);
  });
});
