// The SessionStore contract on the SQLite engine, plus what only a file can do: vanish, and be
// opened when it was written by the synchronous store (server/store/sqlite.ts).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../../server/store/sqlite.js';
import { createSqliteSessionStore, SQLITE_SCHEMA_VERSION } from '../../../server/store/sqliteSessionStore.js';
import { batch, created, describeStoreContract, ev, record } from './contract/storeContract.js';

const dir = mkdtempSync(join(tmpdir(), 'palabre-sqlite-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
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
    const old = createSqliteStore(file);
    old.transaction(() => {
      old.createSession(record('ABC234'));
      old.append('ABC234', [created('ABC234'), ev(2), ev(3)]);
      old.saveAck('ABC234', 'moderator', 'c1', { ok: true, seq: 3 });
      old.putParticipant('ABC234', 'p1', 'h1');
    });
    old.close();
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
    // ...and the synchronous store still reads what the new one wrote.
    const back = createSqliteStore(file);
    expect(back.events('ABC234').map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
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
