// The event store: everything durable about sessions. Implemented in memory (tests) and in
// SQLite (the embedded default). Writes happen inside `transaction` so one tick's commands
// are committed together (group commit).
import type { SessionDefinition } from '../../shared/definition.js';
import type { Ack } from '../../shared/errors.js';
import type { EventEnvelope } from '../../shared/events.js';

export interface SessionRecord {
  code: string;
  createdAt: number;
  /** SHA-256 hex of the secret keys; the keys themselves are never stored. */
  moderatorKeyHash: string;
  rapporteurKeyHash: string;
  projectorKeyHash: string;
  definition: SessionDefinition;
}

export interface StoredBlob {
  id: string;
  mime: string;
  data: Buffer;
}

export interface EventStore {
  /** Runs `fn` atomically; nested calls join the outer transaction. */
  transaction<T>(fn: () => T): T;
  createSession(rec: SessionRecord): void;
  getSession(code: string): SessionRecord | undefined;
  listSessionCodes(): string[];
  append(code: string, events: readonly EventEnvelope[]): void;
  /** Every event of a session in sequence order. */
  events(code: string): EventEnvelope[];
  saveAck(code: string, actor: string, commandId: string, ack: Ack): void;
  getAck(code: string, actor: string, commandId: string): Ack | undefined;
  putParticipant(code: string, participantId: string, tokenHash: string): void;
  getParticipantTokenHash(code: string, participantId: string): string | undefined;
  putBlob(code: string, blob: StoredBlob): void;
  getBlob(code: string, id: string): StoredBlob | undefined;
  /** Removes a blob (a replaced or deleted photo); nothing happens if there is none. */
  deleteBlob(code: string, id: string): void;
  /** Reads from the durable store; throws (with a reason) when it cannot: closed, file gone, locked. */
  check(): void;
  close(): void;
}
