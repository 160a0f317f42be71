// The SessionStore contract on the SQLite engine, plus what only a file can do: vanish, and be
// opened when it was written by the synchronous store that came before it.
import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SessionRecord } from '../../../server/store/sessionStore.js';
import type { EventEnvelope } from '../../../shared/events.js';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteSessionStore, SQLITE_SCHEMA_VERSION } from '../../../server/store/sqliteSessionStore.js';
import { batch, created, describeStoreContract, ev, record } from './contract/storeContract.js';

const dir = mkdtempSync(join(tmpdir(), 'palabre-sqlite-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** A file as the synchronous store (before SessionStore) wrote it: its schema, no user_version. */
function writeLegacyFile(file: string, rec: SessionRecord, events: EventEnvelope[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`
CREATE TABLE IF NOT EXISTS sessions (code TEXT PRIMARY KEY, created_at INTEGER NOT NULL, moderator_key_hash TEXT NOT NULL,
  rapporteur_key_hash TEXT NOT NULL, projector_key_hash TEXT NOT NULL, definition TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (code TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL, event TEXT NOT NULL,
  PRIMARY KEY (code, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS acks (code TEXT NOT NULL, actor TEXT NOT NULL, command_id TEXT NOT NULL, ack TEXT NOT NULL,
  PRIMARY KEY (code, actor, command_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS participants (code TEXT NOT NULL, participant_id TEXT NOT NULL, token_hash TEXT NOT NULL,
  PRIMARY KEY (code, participant_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS blobs (code TEXT NOT NULL, id TEXT NOT NULL, mime TEXT NOT NULL, data BLOB NOT NULL,
  PRIMARY KEY (code, id));`);
  db.prepare('INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?)').run(
    rec.code,
    rec.createdAt,
    rec.moderatorKeyHash,
    rec.rapporteurKeyHash,
    rec.projectorKeyHash,
    JSON.stringify(rec.definition),
  );
  for (const e of events)
    db.prepare('INSERT INTO events VALUES (?, ?, ?, ?)').run(rec.code, e.seq, e.at, JSON.stringify(e.event));
  db.prepare('INSERT INTO acks VALUES (?, ?, ?, ?)').run(
    rec.code,
    'moderator',
    'c1',
    JSON.stringify({ ok: true, seq: 3 }),
  );
  db.prepare('INSERT INTO participants VALUES (?, ?, ?)').run(rec.code, 'p1', 'h1');
  db.close();
}
const newFile = () => join(dir, `t${++n}`, 'palabre.db');

describeStoreContract(
  'sqlite',
  async () => {
    const file = newFile();
    return { store: createSqliteSessionStore(file), reopen: async () => createSqliteSessionStore(file) };
  },
  { durable: true, sharedDoorbell: false },
);

describe('SessionStore on SQLite: the file', () => {
  it('R12: check() rejects once the file is removed, though the open handle still reads it', async () => {
    const file = newFile();
    const s = createSqliteSessionStore(file);
    try {
      await s.createSession(record('ABC234'), created('ABC234'));
      await expect(s.check()).resolves.toBeUndefined();
      unlinkSync(file);
      await expect(s.check()).rejects.toThrow(/gone/);
    } finally {
      await s.close();
    }
  });

  it('opens a file written by the synchronous store: head from the log, schema migrated once', async () => {
    const file = newFile();
    writeLegacyFile(file, record('ABC234'), [created('ABC234'), ev(2), ev(3)]);
    for (let round = 0; round < 2; round++) {
      const s = createSqliteSessionStore(file);
      try {
        expect(await s.head('ABC234')).toBe(3 + round);
        expect(await s.getAcks('ABC234', [{ actor: 'moderator', commandId: 'c1' }])).toEqual([{ ok: true, seq: 3 }]);
        expect(await s.getParticipantTokenHash('ABC234', 'p1')).toBe('h1');
        expect(await s.commit([batch('ABC234', 3 + round, 1)])).toEqual([{ ok: true, head: 4 + round }]);
      } finally {
        await s.close();
      }
    }
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
    // ...and the file keeps the old layout: what the new engine wrote reads with the old queries.
    const back = new Database(file, { readonly: true });
    expect(back.prepare('SELECT seq FROM events WHERE code = ? ORDER BY seq').pluck().all('ABC234')).toEqual([
      1, 2, 3, 4, 5,
    ]);
    back.close();
  });

  it('refuses a file from a newer Palabre', async () => {
    const file = newFile();
    await createSqliteSessionStore(file).close();
    const db = new Database(file);
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => createSqliteSessionStore(file)).toThrow(/newer/);
  });
});
