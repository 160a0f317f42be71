// A session room: the authoritative state, its visible log, and who may see what. It never touches
// a real socket: it publishes through a small transport interface (Socket.IO in production, a fake
// in tests), tldraw-sync style.
import type { EventEnvelope, Visibility } from '../shared/events.js';
import { replay } from '../shared/reducer.js';
import type { SessionState } from '../shared/state.js';
import { catchUpCopy, viewFor, canSee, type Viewer } from '../shared/visibility.js';
import { copyFor, entryFor, type Entry } from '../shared/engine.js';
import { isScreen } from '../shared/roles.js';
import type { Welcome } from '../shared/protocol.js';
import { BatchState } from '../shared/batchState.js';

export interface PublishGroup {
  vis: Visibility;
  events: EventEnvelope[];
  /** Participants' phones get these instead of `events` (one event naming other participants). */
  phone?: { owner: string | null; mine: EventEnvelope[]; others: EventEnvelope[] };
}

/** The events of a published group a viewer receives (it may see them: see canSee). */
export function groupFor(g: PublishGroup, viewer: Viewer): EventEnvelope[] {
  if (!g.phone || isScreen(viewer.role)) return g.events;
  return g.phone.owner !== null && g.phone.owner === viewer.participantId ? g.phone.mine : g.phone.others;
}

export interface RoomTransport {
  /** Sends each group to every connection of the session allowed to see it, in order. */
  publish(code: string, groups: PublishGroup[]): void;
}

/** Catch-up as events is preferred while it is short; past this many, a snapshot is sent instead. */
const MAX_CATCHUP_EVENTS = 200;

export class Room {
  private current: SessionState;
  /**
   * Whether `current` may be held outside the committer (anyone who read `state`). While it is not,
   * the committer's working state keeps changing its big records in place instead of copying them
   * per batch; once it is, the next write copies first, so a state once handed out never changes.
   */
  private exposed = true;
  private builder: BatchState | null = null;
  private readonly log: Entry[] = [];

  constructor(
    readonly code: string,
    events: EventEnvelope[],
  ) {
    // Visibility depends on the state before each event: computed while replaying, in one pass
    // that copies the big records once (not once per event: a restart stays fast with many answers).
    const b = new BatchState(replay(events.slice(0, 1)));
    this.log.push(entryFor(b.state, events[0]!));
    for (const env of events.slice(1)) {
      this.log.push(entryFor(b.state, env));
      if (env.seq > b.state.seq) b.apply(env);
    }
    this.current = b.state;
  }

  /** The session's state: an immutable value (reading it hands it out; it will never change). */
  get state(): SessionState {
    this.exposed = true;
    return this.current;
  }

  /** The last committed seq, read without handing the state out. */
  get seq(): number {
    return this.current.seq;
  }

  /** Whether a participant shows as connected (undefined: unknown), without handing the state out. */
  participantConnected(pid: string): boolean | undefined {
    return this.current.participants[pid]?.connected;
  }

  /** The session's definition, read without handing the state out (definitions are replaced, never changed in place). */
  get definition(): SessionState['definition'] {
    return this.current.definition;
  }

  set state(s: SessionState) {
    this.current = s;
    this.exposed = true;
    this.builder = null;
  }

  /**
   * For the committer only: the working state to apply the next events to, without handing the
   * current state out. Reuses the previous batch's records while nobody else has seen them.
   */
  working(): BatchState {
    if (!this.builder || this.exposed || this.builder.state !== this.current) {
      this.builder = new BatchState(this.current);
      this.exposed = false;
    }
    return this.builder;
  }

  /** For the committer only: the working state's events are committed (not yet handed out). */
  advance(b: BatchState): void {
    if (b !== this.builder) throw new Error("advance: not this room's working state");
    this.current = b.state;
  }

  /** Records committed events (already applied to `this.state`) and groups them for publishing. */
  record(items: Entry[]): PublishGroup[] {
    const groups: PublishGroup[] = [];
    for (const x of items) {
      this.log.push(x);
      const { env, vis, phone } = x;
      if (phone) {
        groups.push({ vis, events: [env], phone: { owner: phone.owner, mine: [phone.mine], others: [phone.others] } });
        continue;
      }
      const last = groups[groups.length - 1];
      if (last && !last.phone && last.vis.to === vis.to && last.vis.participantId === vis.participantId)
        last.events.push(env);
      else groups.push({ vis, events: [env] });
    }
    return groups;
  }

  /**
   * What a (re)connecting viewer needs: the events it missed, or a snapshot when that is shorter.
   * Send it at once (Socket.IO serializes on emit): it does not hand the state out, so a snapshot
   * may share records the next commit changes in place. (Marking the state as handed out on every
   * connect made the next commit copy every participant and answer: O(room) per connection.)
   */
  catchUp(
    viewer: Viewer,
    lastSeq: number | undefined,
  ): Pick<Welcome, 'kind'> & ({ kind: 'events'; events: EventEnvelope[] } | { kind: 'snapshot'; state: SessionState }) {
    const snapshot = () => ({ kind: 'snapshot' as const, state: viewFor(this.current, viewer) });
    if (lastSeq === undefined || lastSeq <= 0 || lastSeq > this.current.seq) return snapshot();
    const missed: EventEnvelope[] = [];
    // The log is in seq order and seq starts at 1, so events after lastSeq start at index lastSeq.
    for (let i = lastSeq; i < this.log.length; i++) {
      const x = this.log[i]!;
      if (!canSee(x.vis, viewer)) continue;
      const env = copyFor(x, viewer);
      if (!x.phone || isScreen(viewer.role)) missed.push(env);
      else {
        const event = catchUpCopy(this.current, env.event, viewer.participantId);
        missed.push(event === env.event ? env : { ...env, event });
      }
      if (missed.length > MAX_CATCHUP_EVENTS) return snapshot();
    }
    return { kind: 'events', events: missed };
  }

  /** Whole log, for the archive. */
  events(): EventEnvelope[] {
    return this.log.map((x) => x.env);
  }
}
