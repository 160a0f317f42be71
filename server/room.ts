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
import { BatchState, entryOf } from '../shared/batchState.js';
import { shownWalls } from '../shared/wall.js';

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
/**
 * Log entries a room keeps in memory for catch-ups (the newest); a viewer that missed more than
 * that (or events from before the room's stored snapshot) gets a snapshot welcome.
 */
export const MAX_LOG_ENTRIES = 1000;

export class Room {
  private current: SessionState;
  /**
   * Whether `current` may be held outside the committer (anyone who read `state`). While it is not,
   * the committer's working state keeps changing its big records in place instead of copying them
   * per batch; once it is, the next write copies first, so a state once handed out never changes.
   */
  private exposed = true;
  private builder: BatchState | null = null;
  /** The newest committed events (at most MAX_LOG_ENTRIES), in seq order: log[i] has seq logBase + 1 + i. */
  private readonly log: Entry[] = [];
  /** The seq before the first entry of `log` (0 when the log starts at the session's creation). */
  private logBase = 0;
  /** The seq of the newest snapshot known to be stored (0: none). */
  savedSnapshotSeq = 0;
  /** The seq of the newest snapshot asked for (saved, in flight or failed). */
  triedSnapshotSeq = 0;
  /** When the newest snapshot was asked for (the committer's clock; 0: never, or loaded from one). */
  triedSnapshotAt = 0;
  /**
   * Each participant's answer ids, for phone snapshots (a reconnecting phone reads its own answers,
   * not the whole room's), and the answers record it was built from. Kept by `record` for events
   * that write one answer in place; any other change to the answers replaces that record, and the
   * index is then built again on the next snapshot. It may hold ids since removed: viewFor skips them.
   */
  private ownAnswers: { of: SessionState['answers']; byParticipant: Map<string, Set<string>> } | null = null;
  /** anyWallShown's last answer and what it was computed from. */
  private wallsShown: { walls: SessionState['walls']; definition: SessionState['definition']; any: boolean } | null =
    null;

  /**
   * From the whole log (`events` from seq 1), or from a stored snapshot's state (`base`) and the
   * events after it. The in-memory log then starts at the snapshot.
   */
  constructor(
    readonly code: string,
    events: EventEnvelope[],
    base?: SessionState,
    private readonly maxLog = MAX_LOG_ENTRIES,
  ) {
    let rest = events;
    let start: SessionState;
    if (base) {
      start = base;
      rest = events.filter((e) => e.seq > base.seq);
      this.savedSnapshotSeq = this.triedSnapshotSeq = base.seq;
    } else {
      start = replay(events.slice(0, 1));
      rest = events.slice(1);
      if (events.length) this.log.push(entryFor(start, events[0]!));
    }
    // Visibility depends on the state before each event: computed while replaying, in one pass
    // that copies the big records once (not once per event: a restart stays fast with many answers).
    // Only the entries the log keeps are classified.
    const b = new BatchState(start);
    const keepFrom = rest.length - this.maxLog;
    rest.forEach((env, i) => {
      if (env.seq <= b.state.seq) return;
      if (env.seq !== b.state.seq + 1) throw new Error(`room ${code}: seq ${env.seq} after ${b.state.seq}`);
      if (i >= keepFrom) this.log.push(entryFor(b.state, env));
      b.apply(env);
    });
    this.current = b.state;
    this.trim();
    this.logBase = this.current.seq - this.log.length;
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

  /** Whether any question's wall is shown on phones (server/wallRefresher.ts), without handing the state out. */
  get anyWallShown(): boolean {
    // Asked after every committed answer: recomputed only when the walls or the setup changed
    // (both are replaced, never changed in place).
    const { walls, definition } = this.current;
    const c = this.wallsShown;
    if (c && c.walls === walls && c.definition === definition) return c.any;
    const any = shownWalls(this.current).length > 0;
    this.wallsShown = { walls, definition, any };
    return any;
  }

  /** How many participants show as connected, without handing the state out (O(participants)). */
  connectedParticipants(): number {
    let n = 0;
    for (const id in this.current.participants) if (this.current.participants[id]!.connected) n++;
    return n;
  }

  /** The question an answer belongs to (undefined: no such answer), without handing the state out. */
  answerQuestion(answerId: string): string | undefined {
    return this.current.answers[answerId]?.questionId;
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
    this.indexAnswers(items);
    this.trim();
    return groups;
  }

  /** The ids of a participant's answers (and perhaps of some since removed): see `ownAnswers`. */
  private answerIdsOf(pid: string): ReadonlySet<string> {
    const answers = this.current.answers;
    if (this.ownAnswers?.of !== answers) {
      const byParticipant = new Map<string, Set<string>>();
      for (const id in answers) addTo(byParticipant, answers[id]!.participantId, id);
      this.ownAnswers = { of: answers, byParticipant };
    }
    return this.ownAnswers.byParticipant.get(pid) ?? NO_IDS;
  }

  /** Keeps `ownAnswers` up to date with committed events that wrote one answer in place. */
  private indexAnswers(items: readonly Entry[]): void {
    const index = this.ownAnswers;
    const answers = this.current.answers;
    if (!index || index.of !== answers) return;
    for (const { env } of items) {
      const entry = entryOf(env.event);
      if (entry?.[0] !== 'answers') continue;
      const a = answers[entry[1]];
      if (a) addTo(index.byParticipant, a.participantId, a.id);
    }
  }

  /** Drops the oldest log entries past `maxLog` (their catch-ups become snapshots). */
  private trim(): void {
    const extra = this.log.length - this.maxLog;
    if (extra <= 0) return;
    this.log.splice(0, extra);
    this.logBase += extra;
  }

  /** How many log entries the room holds in memory. */
  get logLength(): number {
    return this.log.length;
  }

  /** The seq of the oldest event held in memory, minus one: a catch-up from before it is a snapshot. */
  get logStart(): number {
    return this.logBase;
  }

  /**
   * The committed state as JSON, for `store.saveSnapshot`, without handing the state out (it is
   * serialized now). Undefined while the committer holds decided but uncommitted changes (its
   * working state may share records with the current one): a snapshot is then taken later.
   */
  snapshotJson(): { seq: number; json: string } | undefined {
    if (this.builder && this.builder.state !== this.current) return undefined;
    return { seq: this.current.seq, json: JSON.stringify(this.current) };
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
    const snapshot = () => ({
      kind: 'snapshot' as const,
      state:
        isScreen(viewer.role) || viewer.participantId === null
          ? viewFor(this.current, viewer)
          : viewFor(this.current, viewer, this.answerIdsOf(viewer.participantId)),
    });
    if (lastSeq === undefined || lastSeq <= 0 || lastSeq > this.current.seq || lastSeq < this.logBase)
      return snapshot();
    const missed: EventEnvelope[] = [];
    // The log is in seq order and contiguous, so events after lastSeq start at index lastSeq - logBase.
    for (let i = lastSeq - this.logBase; i < this.log.length; i++) {
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

  /** The events held in memory (the newest MAX_LOG_ENTRIES at most); the whole log is in the store. */
  events(): EventEnvelope[] {
    return this.log.map((x) => x.env);
  }
}

const NO_IDS: ReadonlySet<string> = new Set();

function addTo(index: Map<string, Set<string>>, pid: string, answerId: string): void {
  const ids = index.get(pid);
  if (ids) ids.add(answerId);
  else index.set(pid, new Set([answerId]));
}
