// Palabre nodes on one throwaway PostgreSQL (tests/helpers/pgCluster.ts): each node is a real app
// on port 0 with its own store, doorbell and presence; a TCP proxy stands in for the load balancer
// so clients can be moved from a dead node to a live one without knowing.
import { createServer, connect, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { createClusterPresence } from '../../server/cluster/presence.js';
import type { Logger } from '../../server/log.js';
import { createPgSessionStore } from '../../server/store/pgSessionStore.js';
import type { PgCluster } from './pgCluster.js';
import { startTestServer, type TestServer } from './server.js';

export async function admin<T extends pg.QueryResultRow>(
  cluster: PgCluster,
  sql: string,
  params: unknown[] = [],
  db = 'postgres',
) {
  const c = new pg.Client({ connectionString: cluster.url.replace(/\/postgres$/, `/${db}`) });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

let n = 0;
/** A fresh database on the cluster: its URL and name. */
export async function newDatabase(cluster: PgCluster, prefix = 'node'): Promise<{ url: string; name: string }> {
  const name = `${prefix}_${process.pid}_${++n}`;
  await admin(cluster, `CREATE DATABASE ${name}`);
  return { url: cluster.url.replace(/\/postgres$/, `/${name}`), name };
}

/** A Palabre node on `url`: quick doorbell reconnection, heartbeats and heads poll. */
export async function startNode(url: string, o: { deadAfterMs?: number; logger?: Logger } = {}): Promise<TestServer> {
  const store = await createPgSessionStore(url, { reconnectMinMs: 20, reconnectMaxMs: 200 });
  const clusterPresence = await createClusterPresence(url, { heartbeatMs: 200, deadAfterMs: o.deadAfterMs ?? 1500 });
  return startTestServer({
    store,
    shared: true,
    clusterPresence,
    headsPollMs: 300,
    ...(o.logger ? { logger: o.logger } : {}),
  });
}

export interface TcpProxy {
  url: string;
  /** Where new connections go from now on. */
  retarget(port: number): void;
  close(): Promise<void>;
}

/** A TCP proxy on port 0 in front of one node (a load balancer's view, reduced to one target). */
export async function startProxy(targetPort: number): Promise<TcpProxy> {
  let target = targetPort;
  const open = new Set<Socket>();
  const server: Server = createServer((down) => {
    const up = connect(target, '127.0.0.1');
    open.add(down).add(up);
    const end = () => {
      down.destroy();
      up.destroy();
      open.delete(down);
      open.delete(up);
    };
    down.pipe(up).on('error', end).on('close', end);
    up.pipe(down).on('error', end).on('close', end);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    retarget(p) {
      target = p;
    },
    close() {
      for (const s of open) s.destroy();
      return new Promise((r) => server.close(() => r()));
    },
  };
}
