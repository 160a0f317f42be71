// In-memory SessionStore for tests: the same contract as SQLite and PostgreSQL, nothing on disk.
// A batch is validated completely before anything is mutated, so it applies whole or not at all.
import type { Ack } from '../../shared/errors.js';
import type { EventEnvelope } from '../../shared/events.js';
import {
  batchProblem,
  closedError,
  type CommitListener,
  type CommitResult,
  firstAcks,
  lastById,
  ring,
  type SessionStore,
  type Snapshot,
} from './sessionStore.js';
import type { SessionRecord, StoredBlob } from './sessionStore.js';
import { createMemoryForumMethods } from './memoryForumStore.js';

interface MemSession {
  rec: SessionRecord;
  log: EventEnvelope[];
  acks: Map<string, Ack>;
  tokens: Map<string, string>;
  blobs: Map<string, StoredBlob>;
  snapshot?: Snapshot;
}

const copyBlob = (b: StoredBlob): StoredBlob => ({ id: b.id, mime: b.mime, data: Buffer.from(b.data) });

export function createMemorySessionStore(): SessionStore {
  const sessions = new Map<string, MemSession>();
  const listeners = new Set<CommitListener>();
  let closed = false;

  const open = (): void => {
    if (closed) throw closedError();
  };
  const doorbell = (code: string, head: number) =>
    setImmediate(() => ring(listeners, code, head, (e) => console.error('doorbell listener threw', e)));

  const forum = createMemoryForumMethods(open);
  return {
    ...forum.methods,
    async createSession(rec, first) {
      open();
      if (first.seq !== 1) throw new Error(`createSession ${rec.code}: the first event must have seq 1`);
      if (sessions.has(rec.code)) return false;
      sessions.set(rec.code, {
        rec: structuredClone(rec),
        log: [structuredClone(first)],
        acks: new Map(),
        tokens: new Map(),
        blobs: new Map(),
      });
      doorbell(rec.code, 1);
      return true;
    },
    async getSession(code) {
      open();
      const s = sessions.get(code);
      return s ? structuredClone(s.rec) : undefined;
    },
    async deleteSession(code) {
      open();
      if (!sessions.has(code)) return false;
      forum.forgetSession(code);
      return sessions.delete(code);
    },
    async replaceKeyHashes(code, hashes) {
      open();
      const s = sessions.get(code);
      if (!s) return false;
      for (const [k, v] of Object.entries(hashes)) if (v) Object.assign(s.rec, { [k]: v });
      return true;
    },
    async listSessionCodes() {
      open();
      return [...sessions.values()].sort((a, b) => a.rec.createdAt - b.rec.createdAt).map((s) => s.rec.code);
    },
    async head(code) {
      open();
      return sessions.get(code)?.log.length;
    },
    async heads(codes) {
      open();
      const out = new Map<string, number>();
      for (const c of codes) {
        const s = sessions.get(c);
        if (s) out.set(c, s.log.length);
      }
      return out;
    },
    async eventsAfter(code, seq, limit) {
      open();
      const log = sessions.get(code)?.log ?? [];
      const from = Math.max(0, seq);
      return structuredClone(log.slice(from, limit === undefined ? undefined : from + limit));
    },
    async getAcks(code, keys) {
      open();
      const s = sessions.get(code);
      return keys.map((k) => {
        const a = s?.acks.get(`${k.actor}\u0000${k.commandId}`);
        return a ? structuredClone(a) : undefined;
      });
    },
    async commit(batches) {
      open();
      const rung: [string, number][] = [];
      const results = batches.map((b): CommitResult => {
        const s = sessions.get(b.code);
        if (!s) return { ok: false, conflict: false, error: `unknown session ${b.code}` };
        const problem = batchProblem(b);
        if (problem) return { ok: false, conflict: false, error: problem };
        if (s.log.length !== b.expectedHead) return { ok: false, conflict: true, head: s.log.length };
        // Validated: from here on nothing can fail, so the batch applies whole.
        for (const e of b.events) s.log.push(structuredClone(e));
        for (const a of firstAcks(b.acks)) {
          const k = `${a.actor}\u0000${a.commandId}`;
          if (!s.acks.has(k)) s.acks.set(k, structuredClone(a.ack));
        }
        for (const p of b.participants) s.tokens.set(p.participantId, p.tokenHash);
        const puts = new Set(b.blobs.map((x) => x.id));
        for (const id of b.deleteBlobs) if (!puts.has(id)) s.blobs.delete(id);
        for (const x of lastById(b.blobs, (x) => x.id)) s.blobs.set(x.id, copyBlob(x));
        rung.push([b.code, s.log.length]);
        return { ok: true, head: s.log.length };
      });
      for (const [code, head] of rung) doorbell(code, head);
      return results;
    },
    async saveSnapshot(code, seq, stateJson) {
      open();
      const s = sessions.get(code);
      if (!s) throw new Error(`saveSnapshot: unknown session ${code}`);
      if (!Number.isInteger(seq) || seq < 1 || seq > s.log.length)
        throw new Error(`saveSnapshot ${code}: seq ${seq} is not in 1..${s.log.length}`);
      if (!s.snapshot || s.snapshot.seq < seq) s.snapshot = { seq, stateJson };
    },
    async latestSnapshot(code) {
      open();
      const snap = sessions.get(code)?.snapshot;
      return snap ? { ...snap } : undefined;
    },
    async getParticipantTokenHash(code, participantId) {
      open();
      return sessions.get(code)?.tokens.get(participantId);
    },
    async getBlob(code, id) {
      open();
      const b = sessions.get(code)?.blobs.get(id);
      return b ? copyBlob(b) : undefined;
    },
    onCommitted(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async check() {
      open();
    },
    async close() {
      closed = true;
      listeners.clear();
    },
  };
}
