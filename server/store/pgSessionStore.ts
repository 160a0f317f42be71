// PostgreSQL SessionStore (node-postgres): several Palabre nodes on one database. The order of
// commits between nodes is decided by PostgreSQL: each batch is ONE statement (a CTE) that moves
// `sessions.head_seq` from expectedHead to the new head and, only if that row was updated, inserts
// the events, acks, participants and blobs and calls pg_notify. A statement is its own transaction,
// so a batch applies whole or not at all, and its NOTIFY is delivered only if it commits (R4, R5,
// R10). Batches of one call run concurrently on the pool (R6). `PRIMARY KEY (code, seq)` is the
// backstop should anything ever write events around the head check.
//
// The doorbell is a dedicated client (not from the pool) that LISTENs; when it is lost (network,
// server restart, pg_terminate_backend) it reconnects with exponential back-off and then rings
// RESYNC_ALL so consumers catch up every loaded session (R11).
import pg from 'pg';
import type { Ack } from '../../shared/errors.js';
import { type Logger, silentLogger } from '../log.js';
import {
  batchProblem,
  type CommitBatch,
  type CommitListener,
  type CommitResult,
  closedError,
  firstAcks,
  lastById,
  RESYNC_ALL,
  ring,
  type SessionStore,
} from './sessionStore.js';
import type { SessionRecord, StoredBlob } from './sessionStore.js';
import { createPgForumMethods, PG_FORUM_TABLES } from './pgForumStore.js';

export interface PgSessionStoreOptions {
  log?: Logger;
  /** Pool size (connections used for reads and commits). Default 10. */
  poolSize?: number;
  /** NOTIFY channel; every node of one cluster must use the same. Default 'palabre_commits'. */
  channel?: string;
  /** Doorbell reconnection back-off, doubled per failed attempt from min to max (ms). */
  reconnectMinMs?: number;
  reconnectMaxMs?: number;
  /** Time allowed to open a connection (ms). Default 5000. */
  connectTimeoutMs?: number;
}

/** Bumped with each entry of MIGRATIONS; a database with a higher version is refused. */
export const PG_SCHEMA_VERSION = 3;

/** Key of the advisory lock held while the schema is created or migrated ("palab" in ASCII). */
const MIGRATION_LOCK = 0x70616c6162;

/** MIGRATIONS[i] takes a database from version i to i+1; run under the advisory lock. */
const MIGRATIONS = [
  `
CREATE TABLE IF NOT EXISTS sessions (
  code text PRIMARY KEY,
  created_at bigint NOT NULL,
  moderator_key_hash text NOT NULL,
  rapporteur_key_hash text NOT NULL,
  projector_key_hash text NOT NULL,
  definition text NOT NULL,
  head_seq integer NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  code text NOT NULL,
  seq integer NOT NULL,
  at bigint NOT NULL,
  event text NOT NULL,
  PRIMARY KEY (code, seq)
);
CREATE TABLE IF NOT EXISTS acks (
  code text NOT NULL,
  actor text NOT NULL,
  command_id text NOT NULL,
  ack text NOT NULL,
  PRIMARY KEY (code, actor, command_id)
);
CREATE TABLE IF NOT EXISTS participants (
  code text NOT NULL,
  participant_id text NOT NULL,
  token_hash text NOT NULL,
  PRIMARY KEY (code, participant_id)
);
CREATE TABLE IF NOT EXISTS blobs (
  code text NOT NULL,
  id text NOT NULL,
  mime text NOT NULL,
  data bytea NOT NULL,
  PRIMARY KEY (code, id)
);
CREATE TABLE IF NOT EXISTS snapshots (
  code text PRIMARY KEY,
  seq integer NOT NULL,
  state text NOT NULL
);
`,
  // 2: the speaker view's key (NULL for sessions created before it).
  'ALTER TABLE sessions ADD COLUMN IF NOT EXISTS speaker_key_hash text;',
  // 3: organizers, their logins, forums and their sessions (server/store/pgForumStore.ts).
  PG_FORUM_TABLES,
];

const CREATE_SESSION = `
WITH s AS (
  INSERT INTO sessions (code, created_at, moderator_key_hash, rapporteur_key_hash, projector_key_hash, definition, head_seq, speaker_key_hash)
  VALUES ($1, $2, $3, $4, $5, $6, 1, $10)
  ON CONFLICT (code) DO NOTHING
  RETURNING code
), e AS (
  INSERT INTO events (code, seq, at, event) SELECT s.code, 1, $7, $8 FROM s
), n AS (
  SELECT pg_notify($9, s.code || ':1') FROM s
)
SELECT count(*)::int AS created FROM n`;

// One batch = one statement. Data-modifying CTEs always run; `n` runs because the final SELECT
// reads it. Every insert joins `h`, so nothing is written unless the head moved from $2 to $3.
const COMMIT_BATCH = `
WITH h AS (
  UPDATE sessions SET head_seq = $3::int WHERE code = $1 AND head_seq = $2::int RETURNING code
), ev AS (
  INSERT INTO events (code, seq, at, event)
  SELECT h.code, e.seq, e.at, e.event FROM h CROSS JOIN unnest($4::int[], $5::bigint[], $6::text[]) AS e(seq, at, event)
), ak AS (
  INSERT INTO acks (code, actor, command_id, ack)
  SELECT h.code, a.actor, a.command_id, a.ack FROM h CROSS JOIN unnest($7::text[], $8::text[], $9::text[]) AS a(actor, command_id, ack)
  ON CONFLICT (code, actor, command_id) DO NOTHING
), pa AS (
  INSERT INTO participants (code, participant_id, token_hash)
  SELECT h.code, p.id, p.hash FROM h CROSS JOIN unnest($10::text[], $11::text[]) AS p(id, hash)
  ON CONFLICT (code, participant_id) DO UPDATE SET token_hash = excluded.token_hash
), bd AS (
  DELETE FROM blobs USING h
  WHERE blobs.code = h.code AND blobs.id = ANY($12::text[]) AND NOT (blobs.id = ANY($13::text[]))
), bp AS (
  INSERT INTO blobs (code, id, mime, data)
  SELECT h.code, b.id, b.mime, b.data FROM h CROSS JOIN unnest($13::text[], $14::text[], $15::bytea[]) AS b(id, mime, data)
  ON CONFLICT (code, id) DO UPDATE SET mime = excluded.mime, data = excluded.data
), n AS (
  SELECT pg_notify($16, h.code || ':' || ($3::int)::text) FROM h
)
SELECT count(*)::int AS applied FROM n`;

const SAVE_SNAPSHOT = `
WITH s AS (
  SELECT head_seq FROM sessions WHERE code = $1
), up AS (
  INSERT INTO snapshots (code, seq, state)
  SELECT $1, $2::int, $3 FROM s WHERE $2::int BETWEEN 1 AND s.head_seq
  ON CONFLICT (code) DO UPDATE SET seq = excluded.seq, state = excluded.state WHERE snapshots.seq < excluded.seq
)
SELECT head_seq FROM s`;

interface SessionRow {
  code: string;
  created_at: string;
  moderator_key_hash: string;
  rapporteur_key_hash: string;
  projector_key_hash: string;
  speaker_key_hash: string | null;
  definition: string;
}

/** One line, whatever node-postgres threw (an AggregateError from a dual-stack connect has no message). */
function reason(e: unknown): string {
  if (e instanceof AggregateError && !e.message)
    return [...new Set(e.errors.map((x) => reason(x)))].join('; ') || 'connection failed';
  if (e instanceof Error) {
    const code = (e as { code?: string }).code;
    const msg = e.message || code || e.name;
    return msg.replace(/\s+/g, ' ').trim();
  }
  return String(e).replace(/\s+/g, ' ');
}

/** The URL without its password, for messages. */
/** The URL without its password, for messages and logs. */
export const redactUrl = (url: string): string => safeUrl(url);

/** An error's reason on one line (AggregateErrors of a failed connection merged). */
export const pgReason = (e: unknown): string => reason(e);

function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the given PostgreSQL URL';
  }
}

/** The LISTEN connection: reconnects with back-off after a loss, then asks for a resync (R11). */
class Doorbell {
  private current: pg.Client | undefined;
  private reconnecting = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;
  /** Times the connection was re-established after a loss (for tests and metrics). */
  reconnections = 0;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly channel: string,
    private readonly onNotify: (code: string, head: number) => void,
    private readonly onResync: () => void,
    private readonly log: Logger,
    private readonly minMs: number,
    private readonly maxMs: number,
  ) {}

  async start(): Promise<void> {
    this.reconnecting = true;
    try {
      await this.open();
    } finally {
      this.reconnecting = false;
    }
  }

  get connected(): boolean {
    return this.current !== undefined && !this.reconnecting;
  }

  private async open(): Promise<void> {
    const c = new pg.Client(this.config);
    this.current = c;
    c.on('error', (e) => this.lost(c, e));
    c.on('end', () => this.lost(c));
    c.on('notification', (m) => {
      if (m.channel !== this.channel || !m.payload) return;
      const i = m.payload.lastIndexOf(':');
      const head = Number(m.payload.slice(i + 1));
      if (i > 0 && Number.isInteger(head)) this.onNotify(m.payload.slice(0, i), head);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
    } catch (e) {
      if (this.current === c) this.current = undefined;
      c.end().catch(() => {});
      throw e;
    }
    if (this.current !== c) throw new Error('the connection was lost while subscribing');
  }

  private lost(c: pg.Client, e?: Error): void {
    if (c !== this.current) return;
    this.current = undefined;
    c.end().catch(() => {});
    if (this.stopped || this.reconnecting) return;
    this.log('warn', 'PostgreSQL doorbell lost; reconnecting', { err: e ? reason(e) : 'connection ended' });
    void this.reconnect();
  }

  private async reconnect(): Promise<void> {
    this.reconnecting = true;
    let attempt = 0;
    try {
      while (!this.stopped) {
        const ms = Math.min(this.maxMs, this.minMs * 2 ** attempt) * (0.5 + Math.random() / 2);
        attempt++;
        await new Promise<void>((r) => {
          this.wake = r;
          this.timer = setTimeout(r, ms);
        });
        if (this.stopped) return;
        try {
          await this.open();
        } catch (e) {
          this.log('warn', 'PostgreSQL doorbell reconnection failed', { attempt, err: reason(e) });
          continue;
        }
        this.reconnections++;
        this.log('info', 'PostgreSQL doorbell reconnected; resyncing', { attempts: attempt });
        this.reconnecting = false;
        this.onResync();
        return;
      }
    } finally {
      this.reconnecting = false;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.wake?.();
    const c = this.current;
    this.current = undefined;
    await c?.end().catch(() => {});
  }
}

export interface PgSessionStore extends SessionStore {
  /** Whether the LISTEN connection is up (for health pages); commits work without it. */
  readonly doorbellConnected: boolean;
  /** How many times the LISTEN connection came back after a loss. */
  readonly doorbellReconnections: number;
}

/**
 * Connects, checks the database can be read, creates or migrates the schema (under an advisory
 * lock, so nodes starting together do not race) and subscribes the doorbell. Rejects with a
 * one-line Error naming the URL (without password) when any of that fails.
 */
export async function createPgSessionStore(url: string, opts: PgSessionStoreOptions = {}): Promise<PgSessionStore> {
  const log = opts.log ?? silentLogger;
  const channel = opts.channel ?? 'palabre_commits';
  const base: pg.ClientConfig = {
    connectionString: url,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 5000,
    keepAlive: true,
    // Durability must not depend on the server's default (R4: acked means on disk).
    options: '-c synchronous_commit=on',
  };
  const fail = (e: unknown): never => {
    throw new Error(`cannot use PostgreSQL at ${safeUrl(url)}: ${reason(e)}`);
  };

  let pool: pg.Pool;
  try {
    pool = new pg.Pool({ ...base, application_name: 'palabre', max: opts.poolSize ?? 10 });
  } catch (e) {
    return fail(e);
  }
  // An idle pooled connection that dies (server restart) must not crash the process; the pool
  // discards it and the next query opens a new one.
  pool.on('error', (e) => log('warn', 'PostgreSQL pooled connection lost', { err: reason(e) }));

  const listeners = new Set<CommitListener>();
  const doorbell = new Doorbell(
    { ...base, application_name: 'palabre-doorbell' },
    channel,
    (code, head) => ring(listeners, code, head, (e) => log('error', 'doorbell listener threw', { err: String(e) })),
    () => ring(listeners, RESYNC_ALL, -1, (e) => log('error', 'doorbell listener threw', { err: String(e) })),
    log,
    opts.reconnectMinMs ?? 100,
    opts.reconnectMaxMs ?? 5000,
  );

  try {
    await pool.query('SELECT 1');
    await migrate(pool);
    await doorbell.start();
  } catch (e) {
    await doorbell.stop();
    await pool.end().catch(() => {});
    return fail(e);
  }

  let closed = false;
  /** Runs a read or write; a database error rejects with what failed (R13). */
  const run = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    if (closed) throw closedError();
    try {
      return await fn();
    } catch (e) {
      if (closed) throw closedError();
      throw new Error(`PostgreSQL ${what} failed: ${reason(e)}`, { cause: e });
    }
  };

  const commitOne = async (b: CommitBatch): Promise<CommitResult> => {
    const problem = batchProblem(b);
    if (problem) return { ok: false, conflict: false, error: problem };
    const acks = firstAcks(b.acks);
    const parts = lastById(b.participants, (p) => p.participantId);
    const blobs = lastById(b.blobs, (x) => x.id);
    const newHead = b.expectedHead + b.events.length;
    try {
      const r = await run('commit', () =>
        pool.query<{ applied: number }>({
          name: 'palabre_commit_batch',
          text: COMMIT_BATCH,
          values: [
            b.code,
            b.expectedHead,
            newHead,
            b.events.map((e) => e.seq),
            b.events.map((e) => e.at),
            b.events.map((e) => JSON.stringify(e.event)),
            acks.map((a) => a.actor),
            acks.map((a) => a.commandId),
            acks.map((a) => JSON.stringify(a.ack)),
            parts.map((p) => p.participantId),
            parts.map((p) => p.tokenHash),
            b.deleteBlobs,
            blobs.map((x) => x.id),
            blobs.map((x) => x.mime),
            blobs.map((x) => x.data),
            channel,
          ],
        }),
      );
      if (r.rows[0]!.applied === 1) return { ok: true, head: newHead };
      // A new statement sees what beat us (READ COMMITTED): the head after the winner committed.
      const h = await run('commit (reading the head)', () =>
        pool.query<{ head_seq: number }>('SELECT head_seq FROM sessions WHERE code = $1', [b.code]),
      );
      const head = h.rows[0]?.head_seq;
      if (head === undefined) return { ok: false, conflict: false, error: `unknown session ${b.code}` };
      return { ok: false, conflict: true, head };
    } catch (e) {
      if (closed) throw e;
      return { ok: false, conflict: false, error: `${(e as Error).message} (session ${b.code})` };
    }
  };

  return {
    ...createPgForumMethods(pool, run),
    get doorbellConnected() {
      return doorbell.connected;
    },
    get doorbellReconnections() {
      return doorbell.reconnections;
    },
    async createSession(rec, first) {
      if (first.seq !== 1) throw new Error(`createSession ${rec.code}: the first event must have seq 1`);
      const r = await run('createSession', () =>
        pool.query<{ created: number }>(CREATE_SESSION, [
          rec.code,
          rec.createdAt,
          rec.moderatorKeyHash,
          rec.rapporteurKeyHash,
          rec.projectorKeyHash,
          JSON.stringify(rec.definition),
          first.at,
          JSON.stringify(first.event),
          channel,
          rec.speakerKeyHash ?? null,
        ]),
      );
      return r.rows[0]!.created === 1;
    },
    async getSession(code) {
      const r = await run('getSession', () =>
        pool.query<SessionRow>(
          'SELECT code, created_at, moderator_key_hash, rapporteur_key_hash, projector_key_hash, speaker_key_hash, definition FROM sessions WHERE code = $1',
          [code],
        ),
      );
      const row = r.rows[0];
      if (!row) return undefined;
      const rec: SessionRecord = {
        code: row.code,
        createdAt: Number(row.created_at),
        moderatorKeyHash: row.moderator_key_hash,
        rapporteurKeyHash: row.rapporteur_key_hash,
        projectorKeyHash: row.projector_key_hash,
        ...(row.speaker_key_hash ? { speakerKeyHash: row.speaker_key_hash } : {}),
        definition: JSON.parse(row.definition),
      };
      return rec;
    },
    async deleteSession(code) {
      // One statement, so one transaction: everything the session holds goes, or nothing.
      const r = await run('deleteSession', () =>
        pool.query<{ deleted: number }>(
          `WITH e AS (DELETE FROM events WHERE code = $1), a AS (DELETE FROM acks WHERE code = $1),
             p AS (DELETE FROM participants WHERE code = $1), b AS (DELETE FROM blobs WHERE code = $1),
             n AS (DELETE FROM snapshots WHERE code = $1),
             f AS (DELETE FROM forum_sessions WHERE code = $1), s AS (DELETE FROM sessions WHERE code = $1 RETURNING 1)
           SELECT count(*)::int AS deleted FROM s`,
          [code],
        ),
      );
      return (r.rows[0]?.deleted ?? 0) > 0;
    },
    async replaceKeyHashes(code, h) {
      const r = await run('replaceKeyHashes', () =>
        pool.query(
          `UPDATE sessions SET moderator_key_hash = COALESCE($1, moderator_key_hash),
             rapporteur_key_hash = COALESCE($2, rapporteur_key_hash), projector_key_hash = COALESCE($3, projector_key_hash),
             speaker_key_hash = COALESCE($4, speaker_key_hash) WHERE code = $5`,
          [
            h.moderatorKeyHash ?? null,
            h.rapporteurKeyHash ?? null,
            h.projectorKeyHash ?? null,
            h.speakerKeyHash ?? null,
            code,
          ],
        ),
      );
      return (r.rowCount ?? 0) > 0;
    },
    async listSessionCodes() {
      const r = await run('listSessionCodes', () =>
        pool.query<{ code: string }>('SELECT code FROM sessions ORDER BY created_at, code'),
      );
      return r.rows.map((x) => x.code);
    },
    async head(code) {
      const r = await run('head', () =>
        pool.query<{ head_seq: number }>('SELECT head_seq FROM sessions WHERE code = $1', [code]),
      );
      return r.rows[0]?.head_seq;
    },
    async heads(codes) {
      const r = await run('heads', () =>
        pool.query<{ code: string; head_seq: number }>(
          'SELECT code, head_seq FROM sessions WHERE code = ANY($1::text[])',
          [[...codes]],
        ),
      );
      return new Map(r.rows.map((x) => [x.code, x.head_seq]));
    },
    async eventsAfter(code, seq, limit) {
      const r = await run('eventsAfter', () =>
        pool.query<{ seq: number; at: string; event: string }>({
          name: 'palabre_events_after',
          text: 'SELECT seq, at, event FROM events WHERE code = $1 AND seq > $2 ORDER BY seq LIMIT $3',
          values: [code, seq, limit ?? null],
        }),
      );
      return r.rows.map((x) => ({ seq: x.seq, at: Number(x.at), event: JSON.parse(x.event) }));
    },
    async getAcks(code, keys) {
      if (!keys.length) return run('getAcks', async () => []);
      const r = await run('getAcks', () =>
        pool.query<{ i: string; ack: string }>(
          `SELECT k.i, a.ack
             FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS k(actor, command_id, i)
             JOIN acks a ON a.code = $1 AND a.actor = k.actor AND a.command_id = k.command_id`,
          [code, keys.map((k) => k.actor), keys.map((k) => k.commandId)],
        ),
      );
      const out: (Ack | undefined)[] = keys.map(() => undefined);
      for (const row of r.rows) out[Number(row.i) - 1] = JSON.parse(row.ack) as Ack;
      return out;
    },
    async commit(batches) {
      if (closed) throw closedError();
      return Promise.all(batches.map(commitOne));
    },
    async saveSnapshot(code, seq, stateJson) {
      const r = await run('saveSnapshot', () =>
        pool.query<{ head_seq: number }>(SAVE_SNAPSHOT, [code, seq, stateJson]),
      );
      const head = r.rows[0]?.head_seq;
      if (head === undefined) throw new Error(`saveSnapshot: unknown session ${code}`);
      if (!Number.isInteger(seq) || seq < 1 || seq > head)
        throw new Error(`saveSnapshot ${code}: seq ${seq} is not in 1..${head}`);
    },
    async latestSnapshot(code) {
      const r = await run('latestSnapshot', () =>
        pool.query<{ seq: number; state: string }>('SELECT seq, state FROM snapshots WHERE code = $1', [code]),
      );
      const row = r.rows[0];
      return row ? { seq: row.seq, stateJson: row.state } : undefined;
    },
    async getParticipantTokenHash(code, participantId) {
      const r = await run('getParticipantTokenHash', () =>
        pool.query<{ token_hash: string }>(
          'SELECT token_hash FROM participants WHERE code = $1 AND participant_id = $2',
          [code, participantId],
        ),
      );
      return r.rows[0]?.token_hash;
    },
    async getBlob(code, id) {
      const r = await run('getBlob', () =>
        pool.query<StoredBlob>('SELECT id, mime, data FROM blobs WHERE code = $1 AND id = $2', [code, id]),
      );
      return r.rows[0];
    },
    onCommitted(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async check() {
      await run('check', () => pool.query('SELECT count(*) FROM (SELECT 1 FROM sessions LIMIT 1) s'));
    },
    async close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      await doorbell.stop();
      await pool.end();
    },
  };
}

async function migrate(pool: pg.Pool): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    // Held until COMMIT: a second node starting at the same moment waits, then finds the tables.
    await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await c.query(
      'CREATE TABLE IF NOT EXISTS palabre_schema (singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton), version integer NOT NULL)',
    );
    const v = (await c.query<{ version: number }>('SELECT version FROM palabre_schema')).rows[0]?.version ?? 0;
    if (v > MIGRATIONS.length)
      throw new Error(`the database has schema version ${v}, newer than this Palabre's ${MIGRATIONS.length}`);
    for (let i = v; i < MIGRATIONS.length; i++) await c.query(MIGRATIONS[i]!);
    await c.query(
      'INSERT INTO palabre_schema (version) VALUES ($1) ON CONFLICT (singleton) DO UPDATE SET version = excluded.version',
      [MIGRATIONS.length],
    );
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}
