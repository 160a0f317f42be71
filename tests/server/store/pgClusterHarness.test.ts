// The test harness's throwaway PostgreSQL cluster starts, answers queries, survives an immediate
// stop and a restart, and is removed afterwards.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type PgCluster, skipPg, startPgCluster } from '../../helpers/pgCluster.js';

let cluster: PgCluster | undefined;
afterAll(() => cluster?.destroy());

describe.skipIf(skipPg('PostgreSQL harness'))('a throwaway PostgreSQL cluster', () => {
  it('serves queries, and again after an immediate stop and a restart', { timeout: 60_000 }, async () => {
    cluster = await startPgCluster();
    const query = async (sql: string) => {
      const c = new pg.Client({ connectionString: cluster!.url });
      await c.connect();
      try {
        return (await c.query(sql)).rows;
      } finally {
        await c.end();
      }
    };
    expect(await query('SELECT 41 + 1 AS n')).toEqual([{ n: 42 }]);
    expect((await query('SHOW synchronous_commit'))[0]).toEqual({ synchronous_commit: 'on' });
    cluster.stopImmediate();
    await expect(query('SELECT 1')).rejects.toThrow();
    cluster.start();
    expect(await query('SELECT 2 AS n')).toEqual([{ n: 2 }]);
  });
});
