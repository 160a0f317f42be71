// The room registry: creates sessions and loads rooms from the store on first use, so a restart
// restores every session exactly as its log says. A room nobody has used for a while (no socket, no
// request) is dropped from memory and loaded again from the store when next asked for.
import type { SessionDefinition } from '../shared/definition.js';
import { createSession } from '../shared/engine.js';
import { hashSecret, newCode, newKey } from './keys.js';
import { Room } from './room.js';
import type { EventStore } from './store/types.js';

export interface IdleOptions {
  /** A room unused this long (milliseconds) may be unloaded. */
  idleMs: number;
  /** A monotonic clock. */
  now: () => number;
}

export interface CreatedSession {
  code: string;
  moderatorKey: string;
  rapporteurKey: string;
  projectorKey: string;
}

export class Registry {
  private readonly rooms = new Map<string, Room>();
  /** When each loaded room was last asked for (or seen in use), on the idle clock. */
  private readonly usedAt = new Map<string, number>();

  constructor(
    private readonly store: EventStore,
    private readonly clock: () => number,
    /** Called once per room loaded from disk (e.g. to mark everyone disconnected after a restart). */
    private readonly onLoad: (room: Room) => void = () => {},
    private readonly idle: IdleOptions = { idleMs: Number.POSITIVE_INFINITY, now: () => 0 },
  ) {}

  create(definition: SessionDefinition): CreatedSession {
    const now = this.clock();
    let code = newCode();
    while (this.store.getSession(code)) code = newCode();
    const keys = { moderatorKey: newKey(), rapporteurKey: newKey(), projectorKey: newKey() };
    this.store.transaction(() => {
      this.store.createSession({
        code,
        createdAt: now,
        moderatorKeyHash: hashSecret(keys.moderatorKey),
        rapporteurKeyHash: hashSecret(keys.rapporteurKey),
        projectorKeyHash: hashSecret(keys.projectorKey),
        definition,
      });
      this.store.append(code, createSession(code, definition, now).envelopes);
    });
    return { code, ...keys };
  }

  get(code: string): Room | undefined {
    const cached = this.rooms.get(code);
    if (cached) {
      this.usedAt.set(code, this.idle.now());
      return cached;
    }
    if (!this.store.getSession(code)) return undefined;
    const room = new Room(code, this.store.events(code));
    this.rooms.set(code, room);
    this.usedAt.set(code, this.idle.now());
    this.onLoad(room);
    return room;
  }

  /**
   * Drops the rooms that are not `inUse` (no socket) and were not asked for in `idleMs`; the store
   * keeps everything, so the next `get` loads them again. Returns the codes dropped.
   */
  unloadIdle(inUse: (code: string) => boolean): string[] {
    const now = this.idle.now();
    const dropped: string[] = [];
    for (const code of this.rooms.keys()) {
      if (inUse(code)) this.usedAt.set(code, now);
      else if (now - (this.usedAt.get(code) ?? now) >= this.idle.idleMs) dropped.push(code);
    }
    for (const code of dropped) {
      this.rooms.delete(code);
      this.usedAt.delete(code);
    }
    return dropped;
  }

  record(code: string) {
    return this.store.getSession(code);
  }

  get loaded(): number {
    return this.rooms.size;
  }
}
