// The room registry: creates sessions and loads rooms from the store on first use, so a restart
// restores every session exactly as its log says.
import type { SessionDefinition } from '../shared/definition.js';
import { createSession } from '../shared/engine.js';
import { hashSecret, newCode, newKey } from './keys.js';
import { Room } from './room.js';
import type { EventStore } from './store/types.js';

export interface CreatedSession {
  code: string;
  moderatorKey: string;
  rapporteurKey: string;
  projectorKey: string;
}

export class Registry {
  private readonly rooms = new Map<string, Room>();

  constructor(
    private readonly store: EventStore,
    private readonly clock: () => number,
    /** Called once per room loaded from disk (e.g. to mark everyone disconnected after a restart). */
    private readonly onLoad: (room: Room) => void = () => {},
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
    if (cached) return cached;
    if (!this.store.getSession(code)) return undefined;
    const room = new Room(code, this.store.events(code));
    this.rooms.set(code, room);
    this.onLoad(room);
    return room;
  }

  record(code: string) {
    return this.store.getSession(code);
  }

  get loaded(): number {
    return this.rooms.size;
  }
}
