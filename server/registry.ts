// The room registry: creates sessions and loads rooms from the store on first use, so a restart
// (or another node) restores every session exactly as its log says. A room nobody has used for a
// while (no socket, no request) is dropped from memory and loaded again when next asked for.
// Loading reads the session's latest snapshot and only the events after it (server/snapshots.ts);
// unloading a room that moved since its last snapshot saves one.
import type { SessionDefinition } from '../shared/definition.js';
import { createSession } from '../shared/engine.js';
import type { EventEnvelope } from '../shared/events.js';
import { hashSecret, newCode, newKey, secretMatches, speakerKeyOf } from './keys.js';
import { silentLogger, type Logger } from './log.js';
import { Room } from './room.js';
import { saveRoomSnapshot, snapshotState } from './snapshots.js';
import type { KeyHashes, SessionRecord, SessionStore } from './store/sessionStore.js';
import { exhaustive } from '../shared/exhaustive.js';

/** Staff links the moderator can replace (the speaker view's follows the moderator's). */
export const ROTATABLE_ROLES = ['moderator', 'rapporteur', 'projector'] as const;
export type RotatableRole = (typeof ROTATABLE_ROLES)[number];

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
  speakerKey: string;
}

/** Events read per page when a room is loaded. */
const LOAD_PAGE = 5000;

export class Registry {
  private readonly rooms = new Map<string, Room>();
  private readonly records = new Map<string, SessionRecord>();
  /** Sessions deleted since this node started. */
  private readonly deletedCodes = new Set<string>();
  /** Hashes of staff keys replaced since this node started, per session. */
  private readonly revoked = new Map<string, Set<string>>();
  private readonly loading = new Map<string, Promise<Room | undefined>>();
  /** When each loaded room was last asked for (or seen in use), on the idle clock. */
  private readonly usedAt = new Map<string, number>();

  constructor(
    private readonly store: SessionStore,
    private readonly clock: () => number,
    /** Called once per room loaded from the store (e.g. to mark everyone disconnected after a restart). */
    private readonly onLoad: (room: Room) => void = () => {},
    private readonly idle: IdleOptions = { idleMs: Number.POSITIVE_INFINITY, now: () => 0 },
    private readonly log: Logger = silentLogger,
  ) {}

  /** Snapshot saves under way (rooms unloaded). */
  private readonly saves = new Set<Promise<void>>();

  async create(definition: SessionDefinition): Promise<CreatedSession> {
    const now = this.clock();
    const moderatorKey = newKey();
    const keys = {
      moderatorKey,
      rapporteurKey: newKey(),
      projectorKey: newKey(),
      speakerKey: speakerKeyOf(moderatorKey),
    };
    for (;;) {
      const code = newCode();
      const rec: SessionRecord = {
        code,
        createdAt: now,
        moderatorKeyHash: hashSecret(keys.moderatorKey),
        rapporteurKeyHash: hashSecret(keys.rapporteurKey),
        projectorKeyHash: hashSecret(keys.projectorKey),
        speakerKeyHash: hashSecret(keys.speakerKey),
        definition,
      };
      // R1: false when the code is taken (by this node or another): draw another.
      if (await this.store.createSession(rec, createSession(code, definition, now).envelopes[0]!))
        return { code, ...keys };
    }
  }

  /**
   * Replaces a staff link's key: the old one opens nothing from now on. The speaker view's key is
   * derived from the moderator's, so it changes with it. Undefined for no session.
   */
  async rotateKey(code: string, role: RotatableRole): Promise<Partial<Omit<CreatedSession, 'code'>> | undefined> {
    const keys: Partial<Omit<CreatedSession, 'code'>> = {};
    const hashes: KeyHashes = {};
    switch (role) {
      case 'moderator': {
        const moderatorKey = newKey();
        keys.moderatorKey = moderatorKey;
        keys.speakerKey = speakerKeyOf(moderatorKey);
        hashes.moderatorKeyHash = hashSecret(moderatorKey);
        hashes.speakerKeyHash = hashSecret(keys.speakerKey);
        break;
      }
      case 'rapporteur':
        keys.rapporteurKey = newKey();
        hashes.rapporteurKeyHash = hashSecret(keys.rapporteurKey);
        break;
      case 'projector':
        keys.projectorKey = newKey();
        hashes.projectorKeyHash = hashSecret(keys.projectorKey);
        break;
      default:
        return exhaustive(role, 'role');
    }
    const before = await this.record(code);
    if (!before || !(await this.store.replaceKeyHashes(code, hashes))) return undefined;
    const cached = this.records.get(code);
    if (cached) this.records.set(code, { ...cached, ...hashes });
    // A forum session's links sheet holds its staff keys: from now on it hands out the new one.
    const forum = await this.store.getForumSession(code);
    if (forum) {
      const links = { ...forum.links };
      if (keys.moderatorKey) links.moderator = keys.moderatorKey;
      if (keys.speakerKey) links.speaker = keys.speakerKey;
      if (keys.rapporteurKey) links.rapporteur = keys.rapporteurKey;
      if (keys.projectorKey) links.projector = keys.projectorKey;
      await this.store.setForumSessionLinks(code, links);
    }
    const revoked = this.revoked.get(code) ?? new Set<string>();
    for (const k of Object.keys(hashes) as (keyof KeyHashes)[]) {
      const old = before[k];
      if (old) revoked.add(old);
    }
    this.revoked.set(code, revoked);
    return keys;
  }

  /**
   * Deletes the session and everything it holds from the store and from memory; false when there
   * was none. The caller waits for its commits to settle first and disconnects its screens after.
   */
  async delete(code: string): Promise<boolean> {
    const deleted = await this.store.deleteSession(code);
    // Unloaded without a snapshot: there is nothing left to save it to.
    this.rooms.delete(code);
    this.records.delete(code);
    this.usedAt.delete(code);
    this.revoked.delete(code);
    if (deleted) this.deletedCodes.add(code);
    return deleted;
  }

  /** Whether this node deleted the session since it started (its screens are told so). */
  wasDeleted(code: string): boolean {
    return this.deletedCodes.has(code);
  }

  /**
   * Whether `key` opened this session before the moderator replaced it (on this node, since it
   * started): its holder is told the link was replaced rather than that it is wrong.
   */
  wasReplaced(code: string, key: string): boolean {
    const hashes = this.revoked.get(code);
    return hashes !== undefined && [...hashes].some((h) => secretMatches(key, h));
  }

  /** A loaded room (no store access); undefined when it is not in memory. */
  get(code: string): Room | undefined {
    const cached = this.rooms.get(code);
    if (cached) this.usedAt.set(code, this.idle.now());
    return cached;
  }

  /** A loaded room without counting as a use (a doorbell for a room nobody here uses lets it unload). */
  peek(code: string): Room | undefined {
    return this.rooms.get(code);
  }

  /**
   * The room, loaded from the store (its latest snapshot and the events after it, or its whole log
   * when there is no usable snapshot) if it is not in memory; undefined for no session.
   */
  load(code: string): Promise<Room | undefined> {
    const cached = this.get(code);
    if (cached) return Promise.resolve(cached);
    let p = this.loading.get(code);
    if (!p) {
      p = this.read(code).finally(() => this.loading.delete(code));
      this.loading.set(code, p);
    }
    return p;
  }

  private async read(code: string): Promise<Room | undefined> {
    const rec = await this.store.getSession(code);
    if (!rec) return undefined;
    const snap = await this.store.latestSnapshot(code).catch((e: unknown) => {
      this.log('warn', 'snapshot unreadable; replaying the whole log', { code, err: String(e) });
      return undefined;
    });
    const base = snap ? snapshotState(code, snap, this.log) : undefined;
    const from = base?.seq ?? 0;
    const events: EventEnvelope[] = [];
    for (;;) {
      const page = await this.store.eventsAfter(code, from + events.length, LOAD_PAGE);
      events.push(...page);
      if (page.length < LOAD_PAGE) break;
    }
    const again = this.rooms.get(code);
    if (again) return again;
    const room = new Room(code, events, base);
    this.rooms.set(code, room);
    this.records.set(code, rec);
    this.usedAt.set(code, this.idle.now());
    this.onLoad(room);
    return room;
  }

  /**
   * Drops the rooms that are not `inUse` (no socket) and were not asked for in `idleMs`; the store
   * keeps everything, so the next `load` reads them again. A dropped room that moved since its last
   * snapshot saves one (in the background; a failure is logged). Returns the codes dropped.
   */
  unloadIdle(inUse: (code: string) => boolean): string[] {
    const now = this.idle.now();
    const dropped: string[] = [];
    for (const code of this.rooms.keys()) {
      if (inUse(code)) this.usedAt.set(code, now);
      else if (now - (this.usedAt.get(code) ?? now) >= this.idle.idleMs) dropped.push(code);
    }
    for (const code of dropped) {
      const room = this.rooms.get(code)!;
      const p = saveRoomSnapshot(this.store, room, this.log, 'unload');
      if (p) {
        const done = p.finally(() => this.saves.delete(done));
        this.saves.add(done);
      }
      this.rooms.delete(code);
      this.records.delete(code);
      this.usedAt.delete(code);
    }
    return dropped;
  }

  /** Resolves once every snapshot save started by unloading has finished (saved or failed). */
  async snapshotsSettled(): Promise<void> {
    while (this.saves.size) await Promise.all(this.saves);
  }

  /** The session's record (keys' hashes, first definition); from memory when the room is loaded. */
  async record(code: string): Promise<SessionRecord | undefined> {
    return this.records.get(code) ?? (await this.store.getSession(code));
  }

  /** Every loaded room. */
  loadedRooms(): Room[] {
    return [...this.rooms.values()];
  }

  get loaded(): number {
    return this.rooms.size;
  }
}
