// The SQLite worker store reads acks on the calling thread (a read-only connection beside the
// worker's): the committer looks them up before every decision, and a round trip to the worker would
// put a thread wake-up on every acknowledgement's path. The read sees every commit that returned.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteWorkerStore } from '../../../server/store/sqliteWorkerStore.js';
import { batch, created, record } from './contract/storeContract.js';

const dir = mkdtempSync(join(tmpdir(), 'palabre-sqlite-acks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite worker store: acks', () => {
  it('answers getAcks within the same task, with what the worker just committed', async () => {
    const s = await createSqliteWorkerStore(join(dir, 'palabre.db'));
    try {
      await s.createSession(record('ABC234'), created('ABC234'));
      const ack = { ok: true as const, seq: 2 };
      const r = await s.commit([batch('ABC234', 1, 1, { acks: [{ actor: 'p:p1', commandId: 'c1', ack }] })]);
      expect(r[0]).toMatchObject({ ok: true });
      let answer: unknown;
      void s
        .getAcks('ABC234', [
          { actor: 'p:p1', commandId: 'c1' },
          { actor: 'p:p1', commandId: 'c2' },
        ])
        .then((a) => (answer = a));
      // A message to the worker and back needs a later task; microtasks alone settle a local read.
      for (let i = 0; i < 5; i++) await Promise.resolve();
      expect(answer).toEqual([ack, undefined]);
    } finally {
      await s.close();
    }
  });
});
