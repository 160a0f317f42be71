// The SQLite engine's own thread (server/store/sqliteWorkerStore.ts): it owns the better-sqlite3
// connection and answers the main thread's requests by id with today's synchronous engine
// (createSqliteSessionStore), so a commit's fsync blocks this thread, never the event loop.
import { parentPort, workerData } from 'node:worker_threads';
import type { CommitBatch, SessionStore } from './sessionStore.js';
import { createSqliteSessionStore } from './sqliteSessionStore.js';
import { asBuffer } from './sqliteWorkerStore.js';

/** The methods the main thread may call (everything but onCommitted and close). */
export type WorkerOp = Exclude<keyof SessionStore, 'onCommitted' | 'close'>;

export type WorkerRequest = { type: 'call'; id: number; op: WorkerOp; args: unknown[] } | { type: 'close' };

export type WorkerMessage =
  | { type: 'ready' }
  /** The file could not be opened: the engine's one-line message. */
  | { type: 'failed'; message: string }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; message: string }
  | { type: 'closed' };

export interface WorkerData {
  palabreSqliteWorker: true;
  file: string;
}

const port = parentPort;
// Only as the store's worker (this module's types are imported elsewhere, and vitest runs tests in
// worker threads of its own).
if (port && (workerData as Partial<WorkerData> | null)?.palabreSqliteWorker === true) {
  const send = (m: WorkerMessage) => port.postMessage(m);
  const { file } = workerData as WorkerData;
  let store: SessionStore | undefined;
  try {
    store = createSqliteSessionStore(file);
    send({ type: 'ready' });
  } catch (e) {
    send({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
  const opened = store;
  if (opened) {
    port.on('message', (m: WorkerRequest) => {
      if (m.type === 'close') {
        void opened.close().finally(() => {
          send({ type: 'closed' });
          port.close();
        });
        return;
      }
      if (m.op === 'commit')
        for (const b of m.args[0] as CommitBatch[]) for (const x of b.blobs) x.data = asBuffer(x.data);
      const method = opened[m.op] as (...a: unknown[]) => Promise<unknown>;
      method.apply(opened, m.args).then(
        (value) => send({ type: 'reply', id: m.id, ok: true, value }),
        (e: unknown) =>
          send({ type: 'reply', id: m.id, ok: false, message: e instanceof Error ? e.message : String(e) }),
      );
    });
  } else port.close();
}
