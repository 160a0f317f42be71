import Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import type { Ack } from '../../shared/errors.js';
import {
  type CommitListener,
  type CommitResult,
  closedError,
  ring,
  type SessionStore,
  type StoredBlob,
} from './sessionStore.js';
import type { WorkerData, WorkerMessage, WorkerOp, WorkerRequest } from './sqliteWorker.js';
import { workerEntry } from '../workerEntry.js';
import { FORUM_OPS, type ForumStore } from './forumStore.js';

/** A Buffer crosses postMessage as a plain Uint8Array: give it back its class. */
export const asBuffer = (u: Uint8Array): Buffer =>
  Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength);

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

/**
 * Opens `file` in a new worker. Rejects with the engine's one-line message when the file cannot be
 * opened (damaged, newer schema, unwritable), like createSqliteSessionStore throws.
 */
export async function createSqliteWorkerStore(
  file: string,
  opts: { /** Tests only: the thread, to make it die. */ onWorker?: (w: Worker) => void } = {},
): Promise<SessionStore> {
  const { entry, options } = workerEntry(import.meta.url, 'sqliteWorker');
  const data: WorkerData = { palabreSqliteWorker: true, file };
  const worker = new Worker(entry, { ...options, workerData: data });
  opts.onWorker?.(worker);

  const pending = new Map<number, Pending>();
  const listeners = new Set<CommitListener>();
  let nextId = 1;
  let closed = false;
  /** Why the worker is gone when it went without close(). */
  let crashed: Error | undefined;
  let opening: Pending | undefined;
  let closing: (() => void) | undefined;

  // Kept alive only while a call waits for its answer: an idle store never holds the process open.
  const refresh = () => (pending.size > 0 || opening || closing ? worker.ref() : worker.unref());

  const die = (why: Error) => {
    if (crashed || (closed && !closing)) return;
    crashed = why;
    opening?.reject(why);
    opening = undefined;
    for (const p of pending.values()) p.reject(why);
    pending.clear();
    if (closing) closing();
    else listeners.clear();
  };

  worker.on('message', (m: WorkerMessage) => {
    switch (m.type) {
      case 'ready':
        opening?.resolve(undefined);
        opening = undefined;
        break;
      case 'failed':
        opening?.reject(new Error(m.message));
        opening = undefined;
        void worker.terminate();
        break;
      case 'reply': {
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.ok) p.resolve(m.value);
        else p.reject(new Error(m.message));
        break;
      }
      case 'closed':
        closing?.();
        break;
    }
    refresh();
  });
  worker.on('error', (e) => die(new Error(`the SQLite worker failed: ${e instanceof Error ? e.message : String(e)}`)));
  worker.on('exit', (code) => {
    if (closing) closing();
    else die(new Error(`the SQLite worker stopped (exit code ${code})`));
  });

  await new Promise((resolve, reject) => {
    opening = { resolve, reject };
    refresh();
  });

  // Acks are looked up before every tick's decision: a read of their primary key on a read-only
  // connection of this thread costs a few µs, where a round trip to the worker costs a thread wake-up
  // (milliseconds on a busy machine), on the acknowledgement's path. WAL lets it read beside the
  // worker's writes, and it sees every commit that has returned. Any error: asked of the worker.
  let reader: Database.Database | undefined;
  let readAck: Database.Statement | undefined;
  try {
    reader = new Database(file, { readonly: true, fileMustExist: true });
    readAck = reader.prepare('SELECT ack FROM acks WHERE code = ? AND actor = ? AND command_id = ?').pluck();
  } catch {
    reader?.close();
    reader = undefined;
  }
  const readAcks = (code: string, keys: readonly { actor: string; commandId: string }[]): (Ack | undefined)[] =>
    keys.map((k) => {
      const a = readAck!.get(code, k.actor, k.commandId) as string | undefined;
      return a === undefined ? undefined : (JSON.parse(a) as Ack);
    });

  const call = <T>(op: WorkerOp, args: unknown[]): Promise<T> => {
    if (closed) return Promise.reject(closedError());
    if (crashed) return Promise.reject(new Error(crashed.message));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      try {
        worker.postMessage({ type: 'call', id, op, args } satisfies WorkerRequest);
      } catch (e) {
        // A value postMessage cannot copy (a function): this call only.
        pending.delete(id);
        reject(new Error(`${op}: ${e instanceof Error ? e.message : String(e)}`));
      }
      refresh();
    });
  };
  const doorbell = (code: string, head: number) =>
    setImmediate(() => ring(listeners, code, head, (e) => console.error('doorbell listener threw', e)));

  // The organizers' methods are plain calls: their answers are JSON-like values.
  const forumMethods = Object.fromEntries(
    FORUM_OPS.map((op) => [op, (...args: unknown[]) => call(op, args)]),
  ) as unknown as ForumStore;

  return {
    ...forumMethods,
    async createSession(rec, first) {
      const created = await call<boolean>('createSession', [rec, first]);
      if (created) doorbell(rec.code, 1);
      return created;
    },
    getSession: (code) => call('getSession', [code]),
    replaceKeyHashes: (code, hashes) => call('replaceKeyHashes', [code, hashes]),
    deleteSession: (code) => call('deleteSession', [code]),
    listSessionCodes: () => call('listSessionCodes', []),
    head: (code) => call('head', [code]),
    heads: (codes) => call('heads', [codes]),
    eventsAfter: (code, seq, limit) => call('eventsAfter', limit === undefined ? [code, seq] : [code, seq, limit]),
    getAcks(code, keys) {
      if (closed) return Promise.reject(closedError());
      if (readAck && !crashed)
        try {
          return Promise.resolve(readAcks(code, keys));
        } catch {
          // SQLITE_BUSY while the WAL index is rebuilt, say: the worker waits its busy timeout.
        }
      return call('getAcks', [code, keys]);
    },
    async commit(batches) {
      // Events and acks cross as the JSON the engine stores (sqliteSessionStore's asJson): one
      // serialization on this thread instead of a structured clone here, a copy there and a
      // JSON.stringify in the worker.
      const wire = batches.map((b) => ({
        ...b,
        events: b.events.map((e) => ({ seq: e.seq, at: e.at, event: JSON.stringify(e.event) })),
        acks: b.acks.map((a) => ({ actor: a.actor, commandId: a.commandId, ack: JSON.stringify(a.ack) })),
      }));
      const results = await call<CommitResult[]>('commit', [wire]);
      results.forEach((r, i) => {
        if (r.ok) doorbell(batches[i]!.code, r.head);
      });
      return results;
    },
    saveSnapshot: (code, seq, stateJson) => call('saveSnapshot', [code, seq, stateJson]),
    latestSnapshot: (code) => call('latestSnapshot', [code]),
    getParticipantTokenHash: (code, participantId) => call('getParticipantTokenHash', [code, participantId]),
    async getBlob(code, id) {
      const b = await call<StoredBlob | undefined>('getBlob', [code, id]);
      return b && { ...b, data: asBuffer(b.data) };
    },
    onCommitted(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    check: () => call('check', []),
    async close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      reader?.close();
      if (crashed) return;
      // The worker answers what was asked before, closes the file, then says so and ends.
      await new Promise<void>((resolve) => {
        closing = resolve;
        refresh();
        worker.postMessage({ type: 'close' } satisfies WorkerRequest);
      });
      await worker.terminate();
    },
  };
}
