// The asynchronous session store: everything durable about sessions, shared by several Palabre
// nodes when it is PostgreSQL. Three engines (memory, SQLite, PostgreSQL) pass one contract suite
// (tests/server/store/contract/storeContract.ts). docs/store.md explains how each engine keeps the
// rules below.
//
// RULES (numbered; tests and docs refer to them)
//
//  R1  Sessions. `createSession(rec, first)` writes the record and event 1 atomically and resolves
//      true, or resolves false and writes nothing when the code is taken. `first.seq` must be 1
//      (otherwise the promise rejects). A created session's head is 1.
//  R2  The log. A session's events have seqs 1..head, contiguous, no gaps, never changed or
//      removed once committed. `eventsAfter(code, seq, limit?)` returns those with seq > `seq`, in
//      seq order, at most `limit` of them; [] for an unknown session.
//  R3  Heads. `head(code)` is the highest committed seq (undefined for an unknown session);
//      `heads(codes)` answers many at once (for a periodic poll) and omits unknown sessions.
//  R4  Optimistic append. `commit(batches)` takes plain data (no closures). A batch applies only
//      if the session's head is still `expectedHead` when the engine writes it; its events must be
//      seq expectedHead+1, expectedHead+2, ... (possibly none: a batch may carry only acks). The
//      database decides the order between nodes: of two batches on the same head, exactly one
//      wins. The loser gets `{ ok: false, conflict: true, head }` with the head that beat it.
//  R5  All or nothing per batch. A batch that does not apply (conflict, unknown session, bad seqs,
//      database error) writes NOTHING: no event, ack, participant, blob or blob deletion.
//  R6  Batches are independent. One batch failing or conflicting never affects another; results
//      come back in the order of `batches`. Two batches for the same session in one call behave
//      like two nodes: the second sees the head moved by the first (conflict). The promise itself
//      resolves whenever the store is open, because some batches may be durable while others
//      failed: a database error becomes that batch's `{ ok: false, conflict: false, error }`.
//      After such an error the caller must treat the session's head as unknown (the write may have
//      reached the disk before the connection died) and read it again.
//  R7  Acks. Keyed (code, actor, commandId); the first commit of a key wins, a later one is
//      ignored without error (a retried command is answered with the ack of its first execution).
//      `getAcks(code, keys)` answers in the order of `keys`, undefined where none is stored.
//  R8  Participants and blobs in a batch are upserts (the batch's value replaces a stored one).
//      `deleteBlobs` removes blobs stored before the batch; a blob both put and deleted by one
//      batch ends up stored (deletions first, then puts).
//  R9  Snapshots. One per session: `saveSnapshot(code, seq, stateJson)` stores a state as of `seq`
//      (seq must be 1..head, otherwise the promise rejects), and is ignored when the stored one is
//      at least as recent. `latestSnapshot(code)` returns it; reload = snapshot + eventsAfter(seq).
//  R10 Doorbell. `onCommitted(listener)` calls listener(code, head) after a commit (or a session
//      creation) became durable. Memory and SQLite ring for commits made through THIS instance;
//      PostgreSQL rings for commits by every node (LISTEN/NOTIFY, delivered only on commit). A
//      doorbell is a hint: it may come late, twice, out of order, or before the committer's own
//      `commit` promise resolves; consumers read `eventsAfter(theirSeq)` and apply only seqs they
//      lack. It never rings for a batch that did not apply.
//  R11 Resync. When doorbells may have been missed (PostgreSQL: the LISTEN connection was lost and
//      is back), every listener is called with (RESYNC_ALL, -1): catch up every loaded session.
//      The store rings it after LISTEN is re-established, so nothing committed afterwards is missed.
//  R12 Health. `check()` resolves when the durable store can be read and rejects with a reason
//      otherwise (closed, file gone, database unreachable).
//  R13 Closing. After `close()` every method rejects with "the store is closed"; listeners are
//      dropped. Read and write errors reject with an Error whose message names the operation
//      (PostgreSQL: "PostgreSQL eventsAfter failed: ...").
//  R14 Isolation of values. What a store returns is the caller's to mutate; mutating it, or an
//      object passed in, never changes what is stored.
import type { Ack } from '../../shared/errors.js';
import type { EventEnvelope } from '../../shared/events.js';
import type { SessionDefinition } from '../../shared/definition.js';
import type { ForumStore } from './forumStore.js';

export interface SessionRecord {
  code: string;
  createdAt: number;
  /** SHA-256 hex of the secret keys; the keys themselves are never stored. */
  moderatorKeyHash: string;
  rapporteurKeyHash: string;
  projectorKeyHash: string;
  /** The speaker view's key; absent for sessions created before it existed (no speaker view). */
  speakerKeyHash?: string;
  definition: SessionDefinition;
}

/** New hashes for some of a session's keys (rotation): the ones given replace the stored ones. */
export type KeyHashes = Partial<
  Pick<SessionRecord, 'moderatorKeyHash' | 'rapporteurKeyHash' | 'projectorKeyHash' | 'speakerKeyHash'>
>;

export interface StoredBlob {
  id: string;
  mime: string;
  data: Buffer;
}

/** The code passed to doorbell listeners to mean "catch up every session" (R11). */
export const RESYNC_ALL = '*';

export interface AckKey {
  actor: string;
  commandId: string;
}

export interface CommitAck extends AckKey {
  ack: Ack;
}

export interface ParticipantToken {
  participantId: string;
  tokenHash: string;
}

/** One session's part of a commit: plain data, so any engine (or node) can apply it (R4). */
export interface CommitBatch {
  code: string;
  /** The head the events were decided on; the batch applies only if it is still the head. */
  expectedHead: number;
  /** seq expectedHead+1, expectedHead+2, ... */
  events: EventEnvelope[];
  acks: CommitAck[];
  participants: ParticipantToken[];
  blobs: StoredBlob[];
  /** Blob ids to remove (R8). */
  deleteBlobs: string[];
}

export type CommitResult =
  /** Applied; `head` is the session's new head. */
  | { ok: true; head: number }
  /** Refused because the head had moved: nothing written (R4, R5). */
  | { ok: false; conflict: true; head: number }
  /** Refused for another reason (unknown session, bad seqs, database error): nothing written (R5, R6). */
  | { ok: false; conflict: false; error: string };

export interface Snapshot {
  seq: number;
  stateJson: string;
}

/** (code, head) after a commit; (RESYNC_ALL, -1) after doorbells may have been missed (R10, R11). */
export type CommitListener = (code: string, head: number) => void;

/** The organizers' tables (forumStore.ts, rules F1-F7) are part of every store. */
export interface SessionStore extends ForumStore {
  createSession(rec: SessionRecord, first: EventEnvelope): Promise<boolean>;
  getSession(code: string): Promise<SessionRecord | undefined>;
  listSessionCodes(): Promise<string[]>;
  head(code: string): Promise<number | undefined>;
  heads(codes: readonly string[]): Promise<Map<string, number>>;
  eventsAfter(code: string, seq: number, limit?: number): Promise<EventEnvelope[]>;
  getAcks(code: string, keys: readonly AckKey[]): Promise<(Ack | undefined)[]>;
  commit(batches: readonly CommitBatch[]): Promise<CommitResult[]>;
  saveSnapshot(code: string, seq: number, stateJson: string): Promise<void>;
  latestSnapshot(code: string): Promise<Snapshot | undefined>;
  getParticipantTokenHash(code: string, participantId: string): Promise<string | undefined>;
  getBlob(code: string, id: string): Promise<StoredBlob | undefined>;
  /**
   * Deletes the session and everything it holds (events, snapshot, acks, participants' tokens,
   * blobs, its place in a forum) at once; false when there is no such session. The code is free
   * again afterwards.
   */
  deleteSession(code: string): Promise<boolean>;
  /** Replaces the given key hashes at once; false when there is no such session. */
  replaceKeyHashes(code: string, hashes: KeyHashes): Promise<boolean>;
  /** Returns the function that removes the listener. */
  onCommitted(listener: CommitListener): () => void;
  check(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Checks a batch's shape before any engine writes it (R4): null when fine, otherwise the reason.
 * Shared so the three engines refuse the same batches with the same words.
 */
export function batchProblem(b: CommitBatch): string | null {
  if (!Number.isInteger(b.expectedHead) || b.expectedHead < 1)
    return `batch for ${b.code}: expectedHead ${b.expectedHead} is not a seq`;
  for (let i = 0; i < b.events.length; i++) {
    const want = b.expectedHead + 1 + i;
    if (b.events[i]!.seq !== want)
      return `batch for ${b.code}: event ${i} has seq ${b.events[i]!.seq}, expected ${want} (contiguous after ${b.expectedHead})`;
  }
  return null;
}

/** Last write wins within one batch, so an engine never upserts one key twice in a statement (R8). */
export function lastById<T>(items: readonly T[], key: (t: T) => string): T[] {
  const m = new Map<string, T>();
  for (const it of items) m.set(key(it), it);
  return [...m.values()];
}

/** First ack of a key wins within one batch too (R7). */
export function firstAcks(acks: readonly CommitAck[]): CommitAck[] {
  const m = new Map<string, CommitAck>();
  for (const a of acks) {
    const k = `${a.actor}\u0000${a.commandId}`;
    if (!m.has(k)) m.set(k, a);
  }
  return [...m.values()];
}

/** Calls every listener, so that one throwing listener neither stops the others nor the store. */
export function ring(
  listeners: Iterable<CommitListener>,
  code: string,
  head: number,
  onError: (e: unknown) => void,
): void {
  for (const l of [...listeners]) {
    try {
      l(code, head);
    } catch (e) {
      onError(e);
    }
  }
}

export const closedError = (): Error => new Error('the store is closed');
