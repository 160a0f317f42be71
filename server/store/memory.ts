// In-memory event store for tests: same contract as SQLite, nothing on disk.
import type { Ack } from '../../shared/errors.js';
import type { EventEnvelope } from '../../shared/events.js';
import type { EventStore, SessionRecord, StoredBlob } from './types.js';

export function createMemoryStore(): EventStore {
  const sessions = new Map<string, SessionRecord>();
  const logs = new Map<string, EventEnvelope[]>();
  const acks = new Map<string, Ack>();
  const tokens = new Map<string, string>();
  const blobs = new Map<string, StoredBlob>();
  let depth = 0;
  let closed = false;
  return {
    transaction<T>(fn: () => T): T {
      // Snapshot on the outermost call so a throw leaves nothing behind, like SQLite would.
      if (depth > 0) return fn();
      const saved = {
        logs: new Map([...logs].map(([k, v]) => [k, [...v]])),
        acks: new Map(acks),
        tokens: new Map(tokens),
      };
      depth++;
      try {
        return fn();
      } catch (e) {
        logs.clear();
        for (const [k, v] of saved.logs) logs.set(k, v);
        acks.clear();
        for (const [k, v] of saved.acks) acks.set(k, v);
        tokens.clear();
        for (const [k, v] of saved.tokens) tokens.set(k, v);
        throw e;
      } finally {
        depth--;
      }
    },
    createSession: (rec) => {
      sessions.set(rec.code, structuredClone(rec));
      logs.set(rec.code, []);
    },
    getSession: (code) => sessions.get(code),
    listSessionCodes: () => [...sessions.keys()],
    append: (code, events) => {
      const log = logs.get(code);
      if (!log) throw new Error(`unknown session ${code}`);
      for (const e of events) {
        if (e.seq !== log.length + 1) throw new Error(`sequence gap in ${code}: ${e.seq} after ${log.length}`);
        log.push(structuredClone(e));
      }
    },
    events: (code) => structuredClone(logs.get(code) ?? []),
    saveAck: (code, actor, id, ack) => void acks.set(`${code}\u0000${actor}\u0000${id}`, ack),
    getAck: (code, actor, id) => acks.get(`${code}\u0000${actor}\u0000${id}`),
    putParticipant: (code, pid, hash) => void tokens.set(`${code}\u0000${pid}`, hash),
    getParticipantTokenHash: (code, pid) => tokens.get(`${code}\u0000${pid}`),
    putBlob: (code, blob) => void blobs.set(`${code}\u0000${blob.id}`, blob),
    getBlob: (code, id) => blobs.get(`${code}\u0000${id}`),
    deleteBlob: (code, id) => void blobs.delete(`${code}\u0000${id}`),
    check() {
      if (closed) throw new Error('the store is closed');
    },
    close: () => {
      closed = true;
    },
  };
}
