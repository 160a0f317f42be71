// SQLite event store (better-sqlite3): one file, WAL, synchronous=FULL. Affordable because the
// server commits a whole tick of commands in one transaction (group commit).
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Ack } from '../../shared/errors.js';
import type { EventStore, SessionRecord, StoredBlob } from './types.js';

const SCHEMA = `
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
`;

/** Opens the database, or throws one line: which file, what is wrong, what to do. */
function open(file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.exec(SCHEMA);
    return db;
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
}

export function createSqliteStore(file: string): EventStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = open(file);

  const q = {
    health: db.prepare('SELECT count(*) AS n FROM (SELECT 1 FROM sessions LIMIT 1)'),
    insertSession: db.prepare(
      'INSERT INTO sessions (code, created_at, moderator_key_hash, rapporteur_key_hash, projector_key_hash, definition) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    getSession: db.prepare('SELECT * FROM sessions WHERE code = ?'),
    listCodes: db.prepare('SELECT code FROM sessions ORDER BY created_at'),
    lastSeq: db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM events WHERE code = ?'),
    insertEvent: db.prepare('INSERT INTO events (code, seq, at, event) VALUES (?, ?, ?, ?)'),
    events: db.prepare('SELECT seq, at, event FROM events WHERE code = ? ORDER BY seq'),
    saveAck: db.prepare('INSERT OR REPLACE INTO acks (code, actor, command_id, ack) VALUES (?, ?, ?, ?)'),
    getAck: db.prepare('SELECT ack FROM acks WHERE code = ? AND actor = ? AND command_id = ?'),
    putParticipant: db.prepare(
      'INSERT OR REPLACE INTO participants (code, participant_id, token_hash) VALUES (?, ?, ?)',
    ),
    getParticipant: db.prepare('SELECT token_hash FROM participants WHERE code = ? AND participant_id = ?'),
    putBlob: db.prepare('INSERT OR REPLACE INTO blobs (code, id, mime, data) VALUES (?, ?, ?, ?)'),
    getBlob: db.prepare('SELECT id, mime, data FROM blobs WHERE code = ? AND id = ?'),
    deleteBlob: db.prepare('DELETE FROM blobs WHERE code = ? AND id = ?'),
  };

  interface SessionRow {
    code: string;
    created_at: number;
    moderator_key_hash: string;
    rapporteur_key_hash: string;
    projector_key_hash: string;
    definition: string;
  }

  return {
    transaction<T>(fn: () => T): T {
      // better-sqlite3 turns nested transaction() calls into savepoints.
      return db.transaction(fn)();
    },
    createSession(rec: SessionRecord) {
      q.insertSession.run(
        rec.code,
        rec.createdAt,
        rec.moderatorKeyHash,
        rec.rapporteurKeyHash,
        rec.projectorKeyHash,
        JSON.stringify(rec.definition),
      );
    },
    getSession(code) {
      const r = q.getSession.get(code) as SessionRow | undefined;
      if (!r) return undefined;
      return {
        code: r.code,
        createdAt: r.created_at,
        moderatorKeyHash: r.moderator_key_hash,
        rapporteurKeyHash: r.rapporteur_key_hash,
        projectorKeyHash: r.projector_key_hash,
        definition: JSON.parse(r.definition),
      };
    },
    listSessionCodes: () => (q.listCodes.all() as { code: string }[]).map((r) => r.code),
    append(code, events) {
      if (!events.length) return;
      const last = (q.lastSeq.get(code) as { seq: number }).seq;
      events.forEach((e, i) => {
        if (e.seq !== last + i + 1) throw new Error(`sequence gap in ${code}: ${e.seq} after ${last + i}`);
        q.insertEvent.run(code, e.seq, e.at, JSON.stringify(e.event));
      });
    },
    events: (code) =>
      (q.events.all(code) as { seq: number; at: number; event: string }[]).map((r) => ({
        seq: r.seq,
        at: r.at,
        event: JSON.parse(r.event),
      })),
    saveAck: (code, actor, id, ack) => void q.saveAck.run(code, actor, id, JSON.stringify(ack)),
    getAck(code, actor, id) {
      const r = q.getAck.get(code, actor, id) as { ack: string } | undefined;
      return r ? (JSON.parse(r.ack) as Ack) : undefined;
    },
    putParticipant: (code, pid, hash) => void q.putParticipant.run(code, pid, hash),
    getParticipantTokenHash: (code, pid) =>
      (q.getParticipant.get(code, pid) as { token_hash: string } | undefined)?.token_hash,
    putBlob: (code, b: StoredBlob) => void q.putBlob.run(code, b.id, b.mime, b.data),
    getBlob: (code, id) => (q.getBlob.get(code, id) as StoredBlob | undefined) ?? undefined,
    deleteBlob: (code, id) => void q.deleteBlob.run(code, id),
    check() {
      // The open handle keeps reading a deleted file, so look for the file itself too.
      if (!existsSync(file)) throw new Error(`the database file ${file} is gone`);
      q.health.get();
    },
    close: () => db.close(),
  };
}
