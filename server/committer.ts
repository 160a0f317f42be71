// Group commit: every command that arrives in the same tick runs, in order, through the engine's
// step (shared/engine.ts: authorize, decide, stamp, apply) on its room's working state, then all are
// committed in ONE SQLite transaction; only then are acks sent and events broadcast. A failed commit
// rolls the rooms back to their state before the batch (the working state's in-place changes are
// undone) and acks an error.
import type { BatchState } from '../shared/batchState.js';
import type { Actor, SystemActor } from '../shared/decide.js';
import type { Language } from '../shared/definition.js';
import { stepOn, type Entry, type Outcome } from '../shared/engine.js';
import { errorMessage, type Ack } from '../shared/errors.js';
import type { AnyCommand } from '../shared/serverCommands.js';
import type { SessionState } from '../shared/state.js';
import type { Logger } from './log.js';
import type { Room, RoomTransport } from './room.js';
import type { EventStore } from './store/types.js';

export interface Op {
  room: Room;
  actor: Actor | SystemActor;
  command: AnyCommand;
  /** Client-generated command id; null for server-originated ops (joins, presence). */
  commandId: string | null;
  lang: Language;
  /** Runs inside the transaction, after the events are appended (e.g. storing a participant token). */
  persist?: () => void;
}

/** Whose command ids an ack is stored under: 'moderator', 'rapporteur', 'projector', 'p:<id>' or 'system'. */
export const actorKey = (a: Actor | SystemActor): string => (a.participantId ? `p:${a.participantId}` : a.role);

interface Pending {
  op: Op;
  resolve: (ack: Ack) => void;
}

export interface CommitterStats {
  batches: number;
  ops: number;
}

export class Committer {
  private queue: Pending[] = [];
  private scheduled = false;
  readonly stats: CommitterStats = { batches: 0, ops: 0 };

  constructor(
    private readonly store: EventStore,
    private readonly clock: () => number,
    private readonly transport: RoomTransport,
    private readonly log: Logger,
    private readonly schedule: (fn: () => void) => void = setImmediate,
  ) {}

  submit(op: Op): Promise<Ack> {
    return new Promise((resolve) => {
      this.queue.push({ op, resolve });
      if (!this.scheduled) {
        this.scheduled = true;
        this.schedule(() => this.flush());
      }
    });
  }

  /** Processes everything queued so far. Public so deterministic tests can drive it. */
  flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (!batch.length) return;
    this.stats.batches++;
    this.stats.ops += batch.length;
    const now = this.clock();
    /** Per room: its working state, and the state and undo mark to go back to if the commit fails. */
    const started = new Map<Room, { b: BatchState; before: SessionState; mark: number }>();
    const items = new Map<Room, Entry[]>();
    const acks: Ack[] = [];
    /** For a command sent twice within one batch: the index of its first copy, whose ack it shares. */
    const dupOf = new Map<number, number>();
    const seen = new Map<string, number>();
    const toSave: { i: number; op: Op }[] = [];

    batch.forEach(({ op }, i) => {
      const actor = actorKey(op.actor);
      const key = op.commandId === null ? null : `${op.room.code}\u0000${actor}\u0000${op.commandId}`;
      if (key !== null) {
        const dup = seen.get(key);
        if (dup !== undefined) {
          dupOf.set(i, dup);
          acks.push({ ok: false, error: 'internal', message: '' });
          return;
        }
        seen.set(key, i);
        const prior = this.store.getAck(op.room.code, actor, op.commandId!);
        if (prior) {
          // A retry (lost ack, reconnect, offline outbox): answered again, applied once.
          acks.push(prior);
          return;
        }
      }
      const room = op.room;
      let w = started.get(room);
      if (!w) {
        const b = room.working();
        w = { b, before: b.state, mark: b.mark() };
        started.set(room, w);
      }
      const b = w.b;
      let d: Outcome;
      try {
        d = stepOn(b, op.actor, op.command, now);
      } catch (e) {
        this.log('error', 'decide threw', { code: room.code, label: op.command.type, err: String(e) });
        d = { ok: false, error: 'internal' };
      }
      if (!d.ok) {
        this.log('warn', 'command refused', {
          code: room.code,
          actor: op.actor.role,
          label: op.command.type,
          reason: d.error,
        });
        acks.push({ ok: false, error: d.error, message: errorMessage(d.error, op.lang) });
        return;
      }
      const list = items.get(room);
      if (list) list.push(...d.entries);
      else items.set(room, d.entries);
      room.advance(b);
      const ack: Ack = { ok: true, seq: b.state.seq };
      acks.push(ack);
      toSave.push({ i, op });
    });

    try {
      this.store.transaction(() => {
        for (const [room, list] of items)
          if (list.length)
            this.store.append(
              room.code,
              list.map((x) => x.env),
            );
        for (const { i, op } of toSave) {
          if (op.commandId !== null) this.store.saveAck(op.room.code, actorKey(op.actor), op.commandId, acks[i]!);
          op.persist?.();
        }
      });
    } catch (e) {
      for (const [room, w] of started) {
        w.b.undo(w.mark);
        room.state = w.before;
      }
      this.log('error', 'commit failed; batch rolled back', { err: String(e), ops: batch.length });
      for (const { i, op } of toSave)
        acks[i] = { ok: false, error: 'internal', message: errorMessage('internal', op.lang) };
      items.clear();
    }

    // Acknowledge only after commit, then broadcast with sequence numbers.
    batch.forEach(({ resolve }, i) => {
      resolve(acks[dupOf.get(i) ?? i]!);
    });
    for (const [room, list] of items) this.transport.publish(room.code, room.record(list));
  }
}
