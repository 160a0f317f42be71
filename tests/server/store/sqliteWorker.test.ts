// The SessionStore contract on the SQLite engine run in a worker thread, plus what only a thread
// can do: die under its callers.
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteWorkerStore } from '../../../server/store/sqliteWorkerStore.js';
import { batch, created, describeStoreContract, record } from './contract/storeContract.js';

const dir = mkdtempSync(join(tmpdir(), 'palabre-sqlite-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const newFile = () => join(dir, `t${++n}`, 'palabre.db');

describeStoreContract(
  'sqlite in a worker',
  async () => {
    const file = newFile();
    return { store: await createSqliteWorkerStore(file), reopen: () => createSqliteWorkerStore(file) };
  },
  { durable: true, sharedDoorbell: false },
);

describe('SessionStore on SQLite in a worker thread', () => {
  it('rejects opening a damaged file with the one-line message', async () => {
    const file = newFile();
    await (await createSqliteWorkerStore(file)).close();
    writeFileSync(file, 'not a database '.repeat(300));
    for (const f of [`${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    await expect(createSqliteWorkerStore(file)).rejects.toThrow(/damaged or is not a Palabre database.*backup/);
  });

  it('R12: check() rejects once the file is removed', async () => {
    const file = newFile();
    const s = await createSqliteWorkerStore(file);
    try {
      await s.createSession(record('ABC234'), created('ABC234'));
      await expect(s.check()).resolves.toBeUndefined();
      unlinkSync(file);
      await expect(s.check()).rejects.toThrow(/gone/);
    } finally {
      await s.close();
    }
  });

  it('a worker crash rejects pending calls with an Error, then check() throws', async () => {
    let worker: Worker | undefined;
    const s = await createSqliteWorkerStore(newFile(), { onWorker: (w) => (worker = w) });
    await s.createSession(record('ABC234'), created('ABC234'));
    const pending = s.eventsAfter('ABC234', 0).then(
      () => 'answered',
      (e: unknown) => e,
    );
    await worker!.terminate();
    const e = await pending;
    // Answered before the thread ended, or rejected with an Error saying the worker stopped.
    if (e !== 'answered') expect((e as Error).message).toMatch(/SQLite worker/);
    await expect(s.check()).rejects.toThrow(/SQLite worker stopped/);
    await expect(s.commit([batch('ABC234', 1, 1)])).rejects.toThrow(/SQLite worker stopped/);
    await s.close();
    await expect(s.check()).rejects.toThrow(/closed/);
  });
});
