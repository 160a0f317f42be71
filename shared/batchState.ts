// Applying many events to a session state cheaply, with the shared reducer's exact results.
//
// Used by the server's rooms (committer, replay) and by the clients (applyBatch).
//
// The reducer is pure and copies the record an event changes (`{ ...s.answers, [id]: answer }`):
// right for one event, but O(answers) per answer, so a room with thousands of answers spent nearly
// all its time copying (77% of server CPU in `palabre bench` at 200 participants). Here the big
// id-keyed records are copied once, when first written, and then changed in place for as long as
// no one outside the committer has seen them (the Room tracks that); events that touch a single
// entry are run through the shared reducer itself on a thin state holding only that entry, then
// merged back. Every in-place change is logged, so a failed commit can be undone.
import type { EventEnvelope, SessionEvent } from './events.js';
import { apply } from './reducer.js';
import type { SessionState } from './state.js';

type KeyedField = 'answers' | 'participants' | 'audienceQuestions' | 'plusOnes';

/**
 * The one entry an event reads and writes, for event types whose reducer case touches nothing else
 * of its record (checked by tests/server/batchState against plain `apply`). Others: null.
 */
export function entryOf(e: SessionEvent): [KeyedField, string] | null {
  switch (e.type) {
    case 'participant:joined':
    case 'participant:updated':
    case 'participant:presence':
      return ['participants', e.participantId];
    case 'answer:submitted':
    case 'answer:edited':
    case 'answer:withdrawn':
    case 'answer:moderated':
    case 'answer:curated':
      return ['answers', e.answerId];
    case 'aq:asked':
    case 'aq:published':
      return ['audienceQuestions', e.question.id];
    case 'aq:voted':
    case 'aq:hidden':
    case 'aq:answered':
    case 'aq:replyRemoved':
    case 'aq:withdrawn':
    case 'aq:curated':
      return ['audienceQuestions', e.questionId];
    case 'answer:plusOned':
      return ['plusOnes', e.answerId];
    default:
      return null;
  }
}

interface UndoEntry {
  rec: Record<string, unknown>;
  id: string;
  had: boolean;
  value: unknown;
}

export class BatchState {
  /** Records this builder copied, hence free to change in place while nobody else holds them. */
  private readonly owned = new Map<KeyedField, Record<string, unknown>>();
  private readonly undoLog: UndoEntry[] = [];

  constructor(public state: SessionState) {}

  /** Starts a new undo window (a batch); returns a mark for `undo`. */
  mark(): number {
    this.undoLog.length = 0;
    return 0;
  }

  /** Reverts every in-place change since `mark` (a failed commit), newest first. */
  undo(mark: number): void {
    for (let i = this.undoLog.length - 1; i >= mark; i--) {
      const u = this.undoLog[i]!;
      if (u.had) u.rec[u.id] = u.value;
      else delete u.rec[u.id];
    }
    this.undoLog.length = mark;
  }

  apply(env: EventEnvelope): SessionState {
    const entry = entryOf(env.event);
    if (!entry) {
      this.state = apply(this.state, env);
      return this.state;
    }
    const [field, id] = entry;
    let rec = this.owned.get(field);
    if (!rec || this.state[field] !== rec) {
      rec = { ...this.state[field] };
      this.owned.set(field, rec);
    }
    const had = Object.hasOwn(rec, id);
    const cur = had ? rec[id] : undefined;
    const thin = { ...this.state, [field]: had ? { [id]: cur } : {} } as SessionState;
    const next = apply(thin, env);
    // `plusOnes` drops its key when the last +1 goes (shared/wall.ts): read as empty.
    const out = (next[field] as Record<string, unknown> | undefined)?.[id];
    if (out !== cur) {
      this.undoLog.push({ rec, id, had, value: cur });
      if (out === undefined) delete rec[id];
      else rec[id] = out;
    }
    this.state = { ...next, [field]: rec } as SessionState;
    if (field === 'plusOnes' && !Object.keys(rec).length) {
      const { plusOnes: _, ...rest } = this.state;
      this.state = rest;
    }
    return this.state;
  }
}

/**
 * `applyAll`'s result (events at or below the state's seq skipped), with each big record copied
 * once for the whole batch instead of once per event. The input state is never changed. Used by
 * the clients: a screen receiving a tick of 300 answers in a room of 10,000 copies the answers once.
 */
export function applyBatch(state: SessionState, envs: readonly EventEnvelope[]): SessionState {
  const b = new BatchState(state);
  for (const env of envs) if (env.seq > b.state.seq) b.apply(env);
  return b.state;
}
