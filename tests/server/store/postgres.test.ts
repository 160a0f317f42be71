// The SessionStore contract on PostgreSQL (a throwaway cluster, a fresh database per test), plus
// what only a shared server can do: several nodes, a lost LISTEN connection, a crash, bad URLs.
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPgSessionStore, PG_SCHEMA_VERSION, type PgSessionStore } from '../../../server/store/pgSessionStore.js';
import { RESYNC_ALL } from '../../../server/store/sessionStore.js';
import { freePort, type PgCluster, skipPg, startPgCluster } from '../../helpers/pgCluster.js';
import { waitFor } from '../../helpers/waitFor.js';
import { batch, created, describeStoreContract, record } from './contract/storeContract.js';

const skip = skipPg('SessionStore on PostgreSQL');
let cluster: PgCluster | undefined;
beforeAll(async () => {
  if (!skip) cluster = await startPgCluster();
}, 60_000);
afterAll(() => cluster?.destroy());

async function admin<T extends pg.QueryResultRow>(sql: string, params: unknown[] = [], db = 'postgres') {
  const c = new pg.Client({ connectionString: cluster!.url.replace(/\/postgres$/, `/${db}`) });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

let n = 0;
/** A fresh database's URL. */
async function newDatabase(): Promise<{ url: string; name: string }> {
  const name = `t_${++n}`;
  await admin(`CREATE DATABASE ${name}`);
  return { url: cluster!.url.replace(/\/postgres$/, `/${name}`), name };
}

const open = (url: string) =>
  createPgSessionStore(url, {
    reconnectMinMs: 20,
    reconnectMaxMs: 200,
    log: process.env.PGSTORE_DEBUG ? (l, m, f) => console.log(Date.now() % 100000, l, m, f) : undefined,
  });

describe.skipIf(skip)('PostgreSQL', () => {
  describeStoreContract(
    'postgres',
    async () => {
      const { url } = await newDatabase();
      return { store: await open(url), reopen: () => open(url) };
    },
    { durable: true, sharedDoorbell: true },
  );

  describe('SessionStore on PostgreSQL: nodes, connections, failures', () => {
    let stores: PgSessionStore[] = [];
    const node = async (url: string) => {
      const s = await open(url);
      stores.push(s);
      return s;
    };
    afterEach(async () => {
      for (const s of stores) await s.close().catch(() => {});
      stores = [];
    });

    it('nodes starting together on an empty database create the schema once, under the lock', async () => {
      const { url, name } = await newDatabase();
      const nodes = await Promise.all([1, 2, 3, 4].map(() => open(url)));
      stores.push(...nodes);
      expect(await admin('SELECT version FROM palabre_schema', [], name)).toEqual([{ version: PG_SCHEMA_VERSION }]);
      const cols = await admin<{ column_name: string }>(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'sessions' AND column_name = 'head_seq'",
        [],
        name,
      );
      expect(cols).toHaveLength(1);
      // Two nodes creating the same code at once: one wins.
      const made = await Promise.all(nodes.map((s) => s.createSession(record('ABC234'), created('ABC234'))));
      expect(made.filter(Boolean)).toHaveLength(1);
      expect(await nodes[3]!.eventsAfter('ABC234', 0)).toEqual([created('ABC234')]);
      // A database from a newer Palabre is refused.
      await admin('UPDATE palabre_schema SET version = version + 1', [], name);
      await expect(open(url)).rejects.toThrow(/newer than this Palabre/);
    });

    it('R11: after pg_terminate_backend of the LISTEN connection, it comes back and asks for a resync', async () => {
      const { url, name } = await newDatabase();
      const a = await node(url);
      const b = await node(url);
      await a.createSession(record('ABC234'), created('ABC234'));
      const heard: [string, number][] = [];
      b.onCommitted((code, head) => heard.push([code, head]));
      expect(b.doorbellConnected).toBe(true);
      const killed = await admin<{ pg_terminate_backend: boolean }>(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND datname = $1",
        [name],
      );
      expect(killed).toHaveLength(2);
      await waitFor(() => heard.some(([c, h]) => c === RESYNC_ALL && h === -1), { what: 'resync signal' });
      expect(b.doorbellReconnections).toBe(1);
      expect(b.doorbellConnected).toBe(true);
      // The doorbell works again: a commit by the other node is heard.
      expect(await a.commit([batch('ABC234', 1, 1)])).toEqual([{ ok: true, head: 2 }]);
      await waitFor(() => heard.some(([c, h]) => c === 'ABC234' && h === 2), { what: 'doorbell after reconnect' });
      // The pool was not touched: reads still work on both.
      expect(await b.head('ABC234')).toBe(2);
    });

    it('R11, R12: a server crash: check() and commits fail with a reason, then all recovers', {
      timeout: 120_000,
    }, async () => {
      const { url } = await newDatabase();
      const a = await node(url);
      await a.createSession(record('ABC234'), created('ABC234'));
      const heard: [string, number][] = [];
      a.onCommitted((code, head) => heard.push([code, head]));
      const silence = console.error;
      try {
        cluster!.stopImmediate();
        await expect(a.check()).rejects.toThrow(/PostgreSQL check failed/);
        await expect(a.eventsAfter('ABC234', 0)).rejects.toThrow(/PostgreSQL eventsAfter failed: \S/);
        const [r] = await a.commit([batch('ABC234', 1, 1)]);
        expect(r).toMatchObject({ ok: false, conflict: false });
        expect((r as { error: string }).error).toMatch(/PostgreSQL commit failed: \S.*ABC234/);
        expect(a.doorbellConnected).toBe(false);
      } finally {
        cluster!.start();
        console.error = silence;
      }
      await waitFor(() => heard.some(([c]) => c === RESYNC_ALL), { what: 'resync after restart', timeout: 60_000 });
      await waitFor(() => a.check().then(() => true), { what: 'check passes again' });
      expect(await a.head('ABC234')).toBe(1);
      expect(await a.commit([batch('ABC234', 1, 1)])).toEqual([{ ok: true, head: 2 }]);
      await waitFor(() => heard.some(([c, h]) => c === 'ABC234' && h === 2), { what: 'doorbell after restart' });
    });

    it('R13: a database error while running rejects with what failed; a commit reports it per batch', async () => {
      const { url, name } = await newDatabase();
      const a = await node(url);
      await a.createSession(record('ABC234'), created('ABC234'));
      await a.createSession(record('DEF567'), created('DEF567'));
      await admin('DROP TABLE blobs', [], name);
      await expect(a.getBlob('ABC234', 'x')).rejects.toThrow(/^PostgreSQL getBlob failed: .*blobs.*does not exist/);
      const results = await a.commit([batch('ABC234', 1, 1), batch('DEF567', 1, 1)]);
      for (const r of results) expect((r as { error: string }).error).toMatch(/PostgreSQL commit failed: .*blobs/);
      // Nothing of either batch was written (R5).
      expect(await a.heads(['ABC234', 'DEF567'])).toEqual(
        new Map([
          ['ABC234', 1],
          ['DEF567', 1],
        ]),
      );
      expect(await a.eventsAfter('ABC234', 0)).toHaveLength(1);
    });

    it('a wrong or unreachable URL fails at start with one line, without the password', async () => {
      const port = await freePort();
      const refused = open(`postgres://palabre:s3cret@127.0.0.1:${port}/palabre`);
      await expect(refused).rejects.toThrow(
        /^cannot use PostgreSQL at postgres:\/\/palabre:\*\*\*@127\.0\.0\.1:\d+\/palabre: .+$/,
      );
      await expect(refused).rejects.toThrow(/ECONNREFUSED/);
      await expect(refused).rejects.not.toThrow(/s3cret|\n/);
      const noDb = open(cluster!.url.replace(/\/postgres$/, '/missing_db'));
      await expect(noDb).rejects.toThrow(
        /^cannot use PostgreSQL at .*missing_db: database "missing_db" does not exist$/,
      );
    });
  });
});
