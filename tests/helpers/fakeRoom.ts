// A session room with no network, tldraw-sync style: a real Room and Committer over the in-memory
// store, a fake transport that records what each viewer was sent (filtered with canSee, as
// Socket.IO's rooms do), a manual clock, and a scheduler the test drives with flush().
import { Committer } from '../../server/committer.js';
import { silentLogger, type Logger } from '../../server/log.js';
import { Registry } from '../../server/registry.js';
import { groupFor, type PublishGroup, type Room, type RoomTransport } from '../../server/room.js';
import { createMemorySessionStore } from '../../server/store/memorySessionStore.js';
import type { SessionStore } from '../../server/store/sessionStore.js';
import type { Command } from '../../shared/commands.js';
import { SYSTEM } from '../../shared/decide.js';
import { parseDefinition, type DefinitionInput } from '../../shared/definition.js';
import type { Ack } from '../../shared/errors.js';
import type { EventEnvelope } from '../../shared/events.js';
import { applyAll } from '../../shared/reducer.js';
import type { SessionState } from '../../shared/state.js';
import { canSee, viewFor, type Viewer } from '../../shared/visibility.js';
import { T0 } from './domain.js';
import { SAMPLE_DEFINITION } from './server.js';

export interface Screen {
  viewer: Viewer;
  /** Every event delivered to it, in delivery order. */
  received: EventEnvelope[];
  /** Its state: the view it started from, plus every event delivered since. */
  state: SessionState;
}

export class FakeRoom {
  readonly store: SessionStore;
  room!: Room;
  readonly committer: Committer;
  readonly screens = new Map<string, Screen>();
  /** Callbacks the committer asked to run later; run by flush(). */
  readonly scheduled: (() => void)[] = [];
  readonly published: PublishGroup[][] = [];
  now = T0;
  private n = 0;

  /** A room with its session created and loaded (the store is asynchronous). */
  static async create(def: DefinitionInput = SAMPLE_DEFINITION, o: { store?: SessionStore; logger?: Logger } = {}) {
    const r = new FakeRoom(o);
    const parsed = parseDefinition(def);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const registry = new Registry(r.store, () => r.now);
    const { code } = await registry.create(parsed.definition);
    r.room = (await registry.load(code))!;
    return r;
  }

  private constructor(o: { store?: SessionStore; logger?: Logger }) {
    this.store = o.store ?? createMemorySessionStore();
    const transport: RoomTransport = {
      publish: (_code, groups) => {
        this.published.push(groups);
        for (const g of groups) {
          for (const sc of this.screens.values()) {
            if (!canSee(g.vis, sc.viewer)) continue;
            const events = groupFor(g, sc.viewer);
            sc.received.push(...events);
            sc.state = applyAll(sc.state, events);
          }
        }
      },
    };
    this.committer = new Committer(
      this.store,
      () => this.now,
      transport,
      o.logger ?? silentLogger,
      (fn) => void this.scheduled.push(fn),
    );
  }

  get state(): SessionState {
    return this.room.state;
  }

  /** A screen attached now, starting from the snapshot it would get on connect. */
  attach(name: string, viewer: Viewer): Screen {
    const sc: Screen = { viewer, received: [], state: viewFor(this.room.state, viewer) };
    this.screens.set(name, sc);
    return sc;
  }

  /** Queues a participant's first connect (its join event); attach it after the flush. */
  join(pid: string): Promise<Ack> {
    return this.committer.submit({
      room: this.room,
      actor: SYSTEM,
      command: { type: 'participant:join', participantId: pid, language: 'en' },
      commandId: null,
      lang: 'en',
    });
  }

  /** Queues a command, as the socket handler would after validation and authorization. */
  send(viewer: Viewer, command: Command, id = `cmd-${++this.n}`): Promise<Ack> {
    return this.committer.submit({
      room: this.room,
      actor: viewer,
      command,
      commandId: id,
      lang: 'en',
    });
  }

  /** Runs what the committer scheduled (one group commit) and waits for its commit. */
  async flush(): Promise<void> {
    const fns = this.scheduled.splice(0);
    for (const fn of fns) fn();
    await this.committer.drain();
  }

  /** Every stored event of the room. */
  stored(): Promise<EventEnvelope[]> {
    return this.store.eventsAfter(this.room.code, 0);
  }
}

export const MODERATOR: Viewer = { role: 'moderator', participantId: null };
export const RAPPORTEUR: Viewer = { role: 'rapporteur', participantId: null };
export const PROJECTOR: Viewer = { role: 'projector', participantId: null };
export const participantViewer = (pid: string): Viewer => ({ role: 'participant', participantId: pid });

/** Lets every pending promise callback run (but no timers or I/O). */
export const settle = () => new Promise<void>((r) => queueMicrotask(() => setTimeout(r, 0)));
