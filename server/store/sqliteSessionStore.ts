// SQLite SessionStore (better-sqlite3): one file, WAL, synchronous=FULL. Every batch of one
// `commit` call is written in ONE transaction (one fsync per tick: group commit); each batch runs
// in its own savepoint with its head check inside, so a refused batch leaves nothing behind and the
// others still commit (R4-R6). The file schema is today's (server/store/sqlite.ts) plus a
// `snapshots` table; the head is MAX(seq) of the events primary key, so an existing file needs no
// data migration. The schema version lives in PRAGMA user_version.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Ack } from '../../shared/errors.js';
import type { EventEnvelope } from '../../shared/events.js';
import {
  batchProblem,
  type CommitBatch,
  type CommitListener,
  type CommitResult,
  closedError,
  firstAcks,
  lastById,
  ring,
  type SessionStore,
} from './sessionStore.js';
import type { SessionRecord, StoredBlob } from './sessionStore.js';
import { createSqliteForumMethods, SQLITE_FORUM_TABLES } from './sqliteForumStore.js';

/** Bumped with each entry of MIGRATIONS; a file with a higher version is refused. */
export const SQLITE_SCHEMA_VERSION = 3;

/** MIGRATIONS[i] takes a file from version i to i+1, in one transaction with the version bump. */
const MIGRATIONS = [
  `
CREATE TABLE IF NOT EXISTS sessions (
  code TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  moderator_key_hash TEXT NOT NULL,
  rapporteur_key_hash TEXT NOT NULL,
  projector_key_hash TEXT NOT NULL,
  definition TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  code TEXT NOT NULL,
  seq INTEGER NOT NULL,
  at INTEGER NOT NULL,
  event TEXT NOT NULL,
  PRIMARY KEY (code, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS acks (
  code TEXT NOT NULL,
  actor TEXT NOT NULL,
  command_id TEXT NOT NULL,
  ack TEXT NOT NULL,
  PRIMARY KEY (code, actor, command_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS participants (
  code TEXT NOT NULL,
  participant_id TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  PRIMARY KEY (code, participant_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS blobs (
  code TEXT NOT NULL,
  id TEXT NOT NULL,
  mime TEXT NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (code, id)
);
CREATE TABLE IF NOT EXISTS snapshots (
  code TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  state TEXT NOT NULL
);
`,
  // 2: the speaker view's key (NULL for sessions created before it).
  'ALTER TABLE sessions ADD COLUMN speaker_key_hash TEXT;',
  // 3: organizers, their logins, forums and their sessions (server/store/sqliteForumStore.ts).
  SQLITE_FORUM_TABLES,
];

/**
 * An event or an ack as stored. From the worker store they arrive already serialized (strings: a
 * string copies to the worker thread far cheaper than an object graph); an event or an ack is never
 * a string itself.
 */
const asJson = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

interface SessionRow {
  code: string;
  created_at: number;
  moderator_key_hash: string;
  rapporteur_key_hash: string;
  projector_key_hash: string;
  speaker_key_hash: string | null;
  definition: string;
}

function migrate(db: Database.Database, file: string): void {
  db.transaction(() => {
    const v = db.pragma('user_version', { simple: true }) as number;
    if (v > MIGRATIONS.length)
      throw new Error(`${file} has schema version ${v}, newer than this Palabre's ${MIGRATIONS.length}`);
    for (let i = v; i < MIGRATIONS.length; i++) db.exec(MIGRATIONS[i]!);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

/** Opens the database, or throws one line: which file, what is wrong, what to do. */
function openDatabase(file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
  } catch (e) {
    db?.close();
    const code = (e as { code?: string }).code ?? '';
    const what = e instanceof Error ? e.message : String(e);
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_IOERR'))
      throw new Error(
        `The data file ${file} is damaged or is not a Palabre database (${what}). Stop Palabre, move the file aside (with its -wal and -shm files) or restore a backup, then start again.`,
      );
    throw new Error(
      `Cannot open the data file ${file} (${what}). Check that it exists, is readable and writable, and that the disk is not full.`,
    );
  }
  try {
    migrate(db, file);
  } catch (e) {
    db.close();
    const code = (e as { code?: string }).code ?? '';
    const what = e instanceof Error ? e.message : String(e);
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_IOERR'))
      throw new Error(
        `The data file ${file} is damaged or is not a Palabre database (${what}). Stop Palabre, move the file aside (with its -wal and -shm files) or restore a backup, then start again.`,
      );
    throw e;
  }
  return db;
}

export function createSqliteSessionStore(file: string): SessionStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = openDatabase(file);

  const q = {
    health: db.prepare('SELECT count(*) AS n FROM (SELECT 1 FROM sessions LIMIT 1)'),
    insertSession: db.prepare(
      'INSERT OR IGNORE INTO sessions (code, created_at, moderator_key_hash, rapporteur_key_hash, projector_key_hash, speaker_key_hash, definition) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    getSession: db.prepare('SELECT * FROM sessions WHERE code = ?'),
    hasSession: db.prepare('SELECT 1 FROM sessions WHERE code = ?').pluck(),
    replaceKeyHashes: db.prepare(
      `UPDATE sessions SET moderator_key_hash = COALESCE(?, moderator_key_hash),
         rapporteur_key_hash = COALESCE(?, rapporteur_key_hash), projector_key_hash = COALESCE(?, projector_key_hash),
         speaker_key_hash = COALESCE(?, speaker_key_hash) WHERE code = ?`,
    ),
    listCodes: db.prepare('SELECT code FROM sessions ORDER BY created_at, code').pluck(),
    head: db.prepare('SELECT MAX(seq) FROM events WHERE code = ?').pluck(),
    insertEvent: db.prepare('INSERT INTO events (code, seq, at, event) VALUES (?, ?, ?, ?)'),
    eventsAfter: db.prepare('SELECT seq, at, event FROM events WHERE code = ? AND seq > ? ORDER BY seq LIMIT ?'),
    insertAck: db.prepare('INSERT OR IGNORE INTO acks (code, actor, command_id, ack) VALUES (?, ?, ?, ?)'),
    getAck: db.prepare('SELECT ack FROM acks WHERE code = ? AND actor = ? AND command_id = ?').pluck(),
    putParticipant: db.prepare(
      'INSERT OR REPLACE INTO participants (code, participant_id, token_hash) VALUES (?, ?, ?)',
    ),
    getParticipant: db.prepare('SELECT token_hash FROM participants WHERE code = ? AND participant_id = ?').pluck(),
    putBlob: db.prepare('INSERT OR REPLACE INTO blobs (code, id, mime, data) VALUES (?, ?, ?, ?)'),
    deleteBlob: db.prepare('DELETE FROM blobs WHERE code = ? AND id = ?'),
    getBlob: db.prepare('SELECT id, mime, data FROM blobs WHERE code = ? AND id = ?'),
    saveSnapshot: db.prepare(
      `INSERT INTO snapshots (code, seq, state) VALUES (?, ?, ?)
       ON CONFLICT (code) DO UPDATE SET seq = excluded.seq, state = excluded.state WHERE excluded.seq > snapshots.seq`,
    ),
    latestSnapshot: db.prepare('SELECT seq, state FROM snapshots WHERE code = ?'),
  };

  const listeners = new Set<CommitListener>();
  let closed = false;
  const open = (): void => {
    if (closed) throw closedError();
  };
  const headOf = (code: string): number | undefined => (q.head.get(code) as number | null) ?? undefined;
  const doorbell = (code: string, head: number) =>
    setImmediate(() => ring(listeners, code, head, (e) => console.error('doorbell listener threw', e)));

  // forum_sessions too: a deleted session leaves its forum (the forum's other sessions stay).
  const tables = ['events', 'acks', 'participants', 'blobs', 'snapshots', 'forum_sessions'] as const;
  const deleteRows = tables.map((t) => db.prepare(`DELETE FROM ${t} WHERE code = ?`));
  const deleteSessionRow = db.prepare('DELETE FROM sessions WHERE code = ?');
  const deleteTx = db.transaction((code: string): boolean => {
    for (const stmt of deleteRows) stmt.run(code);
    return deleteSessionRow.run(code).changes > 0;
  });
  const createTx = db.transaction((rec: SessionRecord, first: EventEnvelope): boolean => {
    const r = q.insertSession.run(
      rec.code,
      rec.createdAt,
      rec.moderatorKeyHash,
      rec.rapporteurKeyHash,
      rec.projectorKeyHash,
      rec.speakerKeyHash ?? null,
      JSON.stringify(rec.definition),
    );
    if (r.changes === 0) return false;
    q.insertEvent.run(rec.code, 1, first.at, JSON.stringify(first.event));
    return true;
  });

  /** One batch, inside its own savepoint (a nested better-sqlite3 transaction). */
  const batchTx = db.transaction((b: CommitBatch): CommitResult => {
    if (!q.hasSession.get(b.code)) return { ok: false, conflict: false, error: `unknown session ${b.code}` };
    const head = headOf(b.code) ?? 0;
    if (head !== b.expectedHead) return { ok: false, conflict: true, head };
    for (const e of b.events) q.insertEvent.run(b.code, e.seq, e.at, asJson(e.event));
    for (const a of firstAcks(b.acks)) q.insertAck.run(b.code, a.actor, a.commandId, asJson(a.ack));
    for (const p of lastById(b.participants, (p) => p.participantId))
      q.putParticipant.run(b.code, p.participantId, p.tokenHash);
    const puts = lastById(b.blobs, (x) => x.id);
    const putIds = new Set(puts.map((x) => x.id));
    for (const id of b.deleteBlobs) if (!putIds.has(id)) q.deleteBlob.run(b.code, id);
    for (const x of puts) q.putBlob.run(b.code, x.id, x.mime, x.data);
    return { ok: true, head: b.expectedHead + b.events.length };
  });

  const commitTx = db.transaction((batches: readonly CommitBatch[]): CommitResult[] =>
    batches.map((b): CommitResult => {
      const problem = batchProblem(b);
      if (problem) return { ok: false, conflict: false, error: problem };
      try {
        return batchTx(b);
      } catch (e) {
        // The savepoint is rolled back: this batch wrote nothing, the others are untouched.
        return { ok: false, conflict: false, error: `SQLite commit of ${b.code} failed: ${(e as Error).message}` };
      }
    }),
  );

  return {
    ...createSqliteForumMethods(db, open),
    async createSession(rec, first) {
      open();
      if (first.seq !== 1) throw new Error(`createSession ${rec.code}: the first event must have seq 1`);
      const created = createTx.immediate(rec, first);
      if (created) doorbell(rec.code, 1);
      return created;
    },
    async getSession(code) {
      open();
      const r = q.getSession.get(code) as SessionRow | undefined;
      if (!r) return undefined;
      return {
        code: r.code,
        createdAt: r.created_at,
        moderatorKeyHash: r.moderator_key_hash,
        rapporteurKeyHash: r.rapporteur_key_hash,
        projectorKeyHash: r.projector_key_hash,
        ...(r.speaker_key_hash ? { speakerKeyHash: r.speaker_key_hash } : {}),
        definition: JSON.parse(r.definition),
      };
    },
    async deleteSession(code) {
      open();
      return deleteTx.immediate(code);
    },
    async replaceKeyHashes(code, h) {
      open();
      const r = q.replaceKeyHashes.run(
        h.moderatorKeyHash ?? null,
        h.rapporteurKeyHash ?? null,
        h.projectorKeyHash ?? null,
        h.speakerKeyHash ?? null,
        code,
      );
      return r.changes > 0;
    },
    async listSessionCodes() {
      open();
      return q.listCodes.all() as string[];
    },
    async head(code) {
      open();
      return headOf(code);
    },
    async heads(codes) {
      open();
      const out = new Map<string, number>();
      for (const c of codes) {
        const h = headOf(c);
        if (h !== undefined) out.set(c, h);
      }
      return out;
    },
    async eventsAfter(code, seq, limit) {
      open();
      return (q.eventsAfter.all(code, seq, limit ?? -1) as { seq: number; at: number; event: string }[]).map((r) => ({
        seq: r.seq,
        at: r.at,
        event: JSON.parse(r.event),
      }));
    },
    async getAcks(code, keys) {
      open();
      return keys.map((k) => {
        const a = q.getAck.get(code, k.actor, k.commandId) as string | undefined;
        return a === undefined ? undefined : (JSON.parse(a) as Ack);
      });
    },
    async commit(batches) {
      open();
      let results: CommitResult[];
      try {
        results = commitTx.immediate(batches);
      } catch (e) {
        // The outer COMMIT failed (disk full, I/O error): nothing of this call is on disk.
        const error = `SQLite commit failed: ${(e as Error).message}`;
        return batches.map(() => ({ ok: false, conflict: false, error }));
      }
      results.forEach((r, i) => {
        if (r.ok) doorbell(batches[i]!.code, r.head);
      });
      return results;
    },
    async saveSnapshot(code, seq, stateJson) {
      open();
      db.transaction(() => {
        const head = headOf(code);
        if (head === undefined) throw new Error(`saveSnapshot: unknown session ${code}`);
        if (!Number.isInteger(seq) || seq < 1 || seq > head)
          throw new Error(`saveSnapshot ${code}: seq ${seq} is not in 1..${head}`);
        q.saveSnapshot.run(code, seq, stateJson);
      }).immediate();
    },
    async latestSnapshot(code) {
      open();
      const r = q.latestSnapshot.get(code) as { seq: number; state: string } | undefined;
      return r ? { seq: r.seq, stateJson: r.state } : undefined;
    },
    async getParticipantTokenHash(code, participantId) {
      open();
      return q.getParticipant.get(code, participantId) as string | undefined;
    },
    async getBlob(code, id) {
      open();
      return q.getBlob.get(code, id) as StoredBlob | undefined;
    },
    onCommitted(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async check() {
      open();
      // The open handle keeps reading a deleted file, so look for the file itself too.
      if (file !== ':memory:' && !existsSync(file)) throw new Error(`the database file ${file} is gone`);
      q.health.get();
    },
    async close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      db.close();
    },
  };
}
