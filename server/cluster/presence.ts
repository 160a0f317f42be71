// Presence across nodes (cluster mode). Each node counts its own connections per participant and
// writes them to PostgreSQL (`node_presence`), with a heartbeat per node (`palabre_nodes`, the
// database's clock, so nodes' clocks do not matter). A participant's last connection leaving a
// node flips it absent only when no other live node holds one (`connectedElsewhere`).
//
// Every `heartbeatMs` a node renews its heartbeat, then sweeps: the rows of nodes whose heartbeat
// is older than `deadAfterMs` are deleted (one statement, so exactly one sweeper claims each) and
// their participants not connected to any live node are reported through `onAbsent`, to be marked
// absent by normal commands. A node that finds its own heartbeat gone (it was paused long enough
// to be declared dead) writes its counts again and reports them through `onRevived`. Both
// callbacks and `reconcile` (this node's connected participants, to correct a flip lost in a race
// between two nodes) are set by the app.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Logger, silentLogger } from '../log.js';
import { pgReason, redactUrl } from '../store/pgSessionStore.js';

export interface ClusterPresenceOptions {
  log?: Logger;
  nodeId?: string;
  heartbeatMs?: number;
  deadAfterMs?: number;
}

export interface PresenceHooks {
  /** A participant whose only connections were on a dead node. */
  onAbsent(code: string, participantId: string): void;
  /** This node's participants (count > 0), after a revival or on every sweep (to reconcile). */
  reconcile(local: ReadonlyMap<string, { code: string; participantId: string }>): void;
}

export interface ClusterPresence {
  readonly nodeId: string;
  /** This node now holds `sockets` connections of the participant (0: none). */
  set(code: string, participantId: string, sockets: number): Promise<void>;
  /** Whether another live node holds a connection of the participant. */
  connectedElsewhere(code: string, participantId: string): Promise<boolean>;
  hooks: PresenceHooks | null;
  /** One heartbeat and sweep now (tests). */
  sweep(): Promise<void>;
  /** Removes this node's rows and stops. */
  close(): Promise<void>;
  /** Stops without touching the database (a crash, for tests): other nodes will sweep it. */
  abort(): void;
}

const LOCK = 0x70616c6163; // "palac"

const SCHEMA = `
CREATE TABLE IF NOT EXISTS palabre_nodes (
  node_id text PRIMARY KEY,
  heartbeat_at timestamptz NOT NULL
);
CREATE TABLE IF NOT EXISTS node_presence (
  node_id text NOT NULL,
  code text NOT NULL,
  participant_id text NOT NULL,
  sockets integer NOT NULL,
  PRIMARY KEY (node_id, code, participant_id)
);
CREATE INDEX IF NOT EXISTS node_presence_participant ON node_presence (code, participant_id);
`;

export async function createClusterPresence(url: string, o: ClusterPresenceOptions = {}): Promise<ClusterPresence> {
  const log = o.log ?? silentLogger;
  const nodeId = o.nodeId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const heartbeatMs = o.heartbeatMs ?? 2000;
  const deadAfter = `${Math.max(1, Math.round(o.deadAfterMs ?? 10_000))} milliseconds`;
  const pool = new pg.Pool({
    connectionString: url,
    max: 3,
    application_name: 'palabre-presence',
    connectionTimeoutMillis: 5000,
    keepAlive: true,
  });
  pool.on('error', (e) => log('warn', 'PostgreSQL presence connection lost', { err: pgReason(e) }));
  try {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
      await c.query(SCHEMA);
      await c.query(
        'INSERT INTO palabre_nodes (node_id, heartbeat_at) VALUES ($1, now()) ON CONFLICT (node_id) DO UPDATE SET heartbeat_at = now()',
        [nodeId],
      );
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  } catch (e) {
    await pool.end().catch(() => {});
    throw new Error(`cannot use PostgreSQL at ${redactUrl(url)}: ${pgReason(e)}`);
  }

  /** This node's counts, key `code\0pid`. */
  const local = new Map<string, { code: string; participantId: string; sockets: number }>();
  let stopped = false;
  let sweeping: Promise<void> | null = null;

  const write = (code: string, pid: string, sockets: number) =>
    sockets > 0
      ? pool.query(
          'INSERT INTO node_presence (node_id, code, participant_id, sockets) VALUES ($1, $2, $3, $4) ON CONFLICT (node_id, code, participant_id) DO UPDATE SET sockets = EXCLUDED.sockets',
          [nodeId, code, pid, sockets],
        )
      : pool.query('DELETE FROM node_presence WHERE node_id = $1 AND code = $2 AND participant_id = $3', [
          nodeId,
          code,
          pid,
        ]);

  const self: ClusterPresence = {
    nodeId,
    hooks: null,
    async set(code, participantId, sockets) {
      const key = `${code}\u0000${participantId}`;
      if (sockets > 0) local.set(key, { code, participantId, sockets });
      else local.delete(key);
      if (stopped) return;
      await write(code, participantId, sockets).catch((e: unknown) =>
        log('warn', 'presence not written', { code, err: pgReason(e) }),
      );
    },
    async connectedElsewhere(code, participantId) {
      const r = await pool.query(
        `SELECT 1 FROM node_presence p JOIN palabre_nodes n USING (node_id)
         WHERE p.code = $1 AND p.participant_id = $2 AND p.node_id <> $3 AND p.sockets > 0
           AND n.heartbeat_at > now() - $4::interval LIMIT 1`,
        [code, participantId, nodeId, deadAfter],
      );
      return r.rowCount !== null && r.rowCount > 0;
    },
    sweep() {
      if (!sweeping)
        sweeping = sweepOnce().finally(() => {
          sweeping = null;
        });
      return sweeping;
    },
    async close() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await sweeping?.catch(() => {});
      await pool.query('DELETE FROM node_presence WHERE node_id = $1', [nodeId]).catch(() => {});
      await pool.query('DELETE FROM palabre_nodes WHERE node_id = $1', [nodeId]).catch(() => {});
      await pool.end().catch(() => {});
    },
    abort() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      void pool.end().catch(() => {});
    },
  };

  async function sweepOnce(): Promise<void> {
    if (stopped) return;
    // Heartbeat; `inserted` means our row was gone: another node declared us dead and swept us.
    const hb = await pool.query<{ inserted: boolean }>(
      `INSERT INTO palabre_nodes (node_id, heartbeat_at) VALUES ($1, now())
       ON CONFLICT (node_id) DO UPDATE SET heartbeat_at = now() RETURNING (xmax = 0) AS inserted`,
      [nodeId],
    );
    if (hb.rows[0]?.inserted) {
      log('warn', 'presence: this node had been declared dead; writing its connections again', { nodeId });
      for (const x of local.values()) await write(x.code, x.participantId, x.sockets);
    }
    const dead = (
      await pool.query<{ node_id: string }>(
        'SELECT node_id FROM palabre_nodes WHERE node_id <> $1 AND heartbeat_at < now() - $2::interval',
        [nodeId, deadAfter],
      )
    ).rows.map((r) => r.node_id);
    if (dead.length) {
      const gone = await pool.query<{ code: string; participant_id: string }>(
        `WITH gone AS (DELETE FROM node_presence WHERE node_id = ANY($1) RETURNING code, participant_id)
         SELECT DISTINCT g.code, g.participant_id FROM gone g
         WHERE NOT EXISTS (
           SELECT 1 FROM node_presence p JOIN palabre_nodes n USING (node_id)
           WHERE p.code = g.code AND p.participant_id = g.participant_id AND NOT (p.node_id = ANY($1))
             AND p.sockets > 0 AND n.heartbeat_at > now() - $2::interval)`,
        [dead, deadAfter],
      );
      await pool.query('DELETE FROM palabre_nodes WHERE node_id = ANY($1) AND heartbeat_at < now() - $2::interval', [
        dead,
        deadAfter,
      ]);
      log('info', 'presence: dead nodes swept', { nodes: dead.length, participants: gone.rows.length });
      for (const r of gone.rows) {
        if (local.has(`${r.code}\u0000${r.participant_id}`)) continue;
        self.hooks?.onAbsent(r.code, r.participant_id);
      }
    }
    self.hooks?.reconcile(local);
  }

  const timer = setInterval(() => {
    void self.sweep().catch((e: unknown) => log('warn', 'presence sweep failed', { err: pgReason(e) }));
  }, heartbeatMs);
  timer.unref();
  return self;
}
