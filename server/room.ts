// A session room: the authoritative state, its visible log, and who may see what. It never touches
// a real socket: it publishes through a small transport interface (Socket.IO in production, a fake
// in tests), tldraw-sync style.
import type { EventEnvelope, Visibility } from '../shared/events.js';
import { apply, replay } from '../shared/reducer.js';
import type { SessionState } from '../shared/state.js';
import { viewFor, visibilityOf, canSee, type Viewer } from '../shared/visibility.js';
import type { Welcome } from '../shared/protocol.js';

export interface PublishGroup {
  vis: Visibility;
  events: EventEnvelope[];
}

export interface RoomTransport {
  /** Sends each group to every connection of the session allowed to see it, in order. */
  publish(code: string, groups: PublishGroup[]): void;
}

/** Catch-up as events is preferred while it is short; past this many, a snapshot is sent instead. */
const MAX_CATCHUP_EVENTS = 200;

export class Room {
  state: SessionState;
  private readonly log: { env: EventEnvelope; vis: Visibility }[] = [];

  constructor(
    readonly code: string,
    events: EventEnvelope[],
  ) {
    this.state = replay(events);
    // Visibility depends on the state before each event: recompute it while replaying.
    let s = replay(events.slice(0, 1));
    this.log.push({ env: events[0]!, vis: visibilityOf(s, events[0]!.event) });
    for (const env of events.slice(1)) {
      this.log.push({ env, vis: visibilityOf(s, env.event) });
      s = apply(s, env);
    }
  }

  /** Records committed events (already applied to `this.state`) and groups them for publishing. */
  record(items: { env: EventEnvelope; vis: Visibility }[]): PublishGroup[] {
    const groups: PublishGroup[] = [];
    for (const { env, vis } of items) {
      this.log.push({ env, vis });
      const last = groups[groups.length - 1];
      if (last && last.vis.to === vis.to && last.vis.participantId === vis.participantId) last.events.push(env);
      else groups.push({ vis, events: [env] });
    }
    return groups;
  }

  /** What a (re)connecting viewer needs: the events it missed, or a snapshot when that is shorter. */
  catchUp(viewer: Viewer, lastSeq: number | undefined): Pick<Welcome, 'kind'> & ({ kind: 'events'; events: EventEnvelope[] } | { kind: 'snapshot'; state: SessionState }) {
    const snapshot = () => ({ kind: 'snapshot' as const, state: viewFor(this.state, viewer) });
    if (lastSeq === undefined || lastSeq <= 0 || lastSeq > this.state.seq) return snapshot();
    const missed: EventEnvelope[] = [];
    // The log is in seq order and seq starts at 1, so events after lastSeq start at index lastSeq.
    for (let i = lastSeq; i < this.log.length; i++) {
      const x = this.log[i]!;
      if (canSee(x.vis, viewer)) missed.push(x.env);
      if (missed.length > MAX_CATCHUP_EVENTS) return snapshot();
    }
    return { kind: 'events', events: missed };
  }

  /** Whole log, for the archive. */
  events(): EventEnvelope[] {
    return this.log.map((x) => x.env);
  }
}
