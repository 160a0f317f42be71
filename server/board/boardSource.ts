// The rows of a forum's status board (shared/board.ts), read without loading rooms: a room in
// memory is read as it is; a session not loaded here is read from the store (its latest snapshot
// and the events after it) into a cache of states, kept up to date by reading only the events
// after the cached seq when its head moved (one `heads` query for all of them). Loading a room
// would change the session (presence reset after a restart) and keep it in memory for every
// board view; the cache does neither, and is dropped once no board asks for it.
import { BatchState } from '../../shared/batchState.js';
import { type BoardRow, boardRow, compareBoardRows } from '../../shared/board.js';
import type { EventEnvelope } from '../../shared/events.js';
import { replay } from '../../shared/reducer.js';
import type { SessionState } from '../../shared/state.js';
import type { Logger } from '../log.js';
import type { Registry } from '../registry.js';
import { snapshotState } from '../snapshots.js';
import type { SessionStore } from '../store/sessionStore.js';

export interface BoardSourceDeps {
  store: SessionStore;
  registry: Registry;
  clock: () => number;
  log: Logger;
  /** Cluster mode: other nodes hold connections, so a session not loaded here may have phones. */
  shared: boolean;
}

/** Events read per page. */
const PAGE = 2000;
/** Sessions read from the store at once. */
const PARALLEL = 6;

export class BoardSource {
  private readonly cache = new Map<string, { state: SessionState; usedAt: number }>();

  constructor(private readonly deps: BoardSourceDeps) {}

  /** The forum's rows in programme order (sessions deleted meanwhile are left out). */
  async forumRows(forumId: string): Promise<BoardRow[]> {
    const sessions = await this.deps.store.listForumSessions(forumId);
    return (await this.rows(sessions.map((s) => s.code))).sort(compareBoardRows);
  }

  /**
   * These sessions' states now: a loaded room's own, else read from the store (its snapshot and the
   * events after it, cached) without loading the room. Unknown codes are left out; `loaded` says
   * which came from a room in memory.
   */
  async states(codes: readonly string[]): Promise<{ code: string; state: SessionState; loaded: boolean }[]> {
    const { store, registry } = this.deps;
    const away = codes.filter((c) => !registry.peek(c));
    const heads = away.length ? await store.heads(away) : new Map<string, number>();
    const read = new Map<string, SessionState>();
    for (let i = 0; i < away.length; i += PARALLEL) {
      const part = away.slice(i, i + PARALLEL).filter((c) => heads.has(c));
      const got = await Promise.all(part.map((c) => this.stateOf(c, heads.get(c)!)));
      part.forEach((c, j) => {
        const st = got[j];
        if (st) read.set(c, st);
      });
    }
    const out: { code: string; state: SessionState; loaded: boolean }[] = [];
    for (const code of codes) {
      const room = registry.peek(code);
      if (room) out.push({ code, state: room.state, loaded: true });
      else {
        const st = read.get(code);
        if (st) out.push({ code, state: st, loaded: false });
      }
    }
    return out;
  }

  /** These sessions' rows now (unordered); unknown codes are left out. */
  async rows(codes: readonly string[]): Promise<BoardRow[]> {
    const now = this.deps.clock();
    return (await this.states(codes)).map(({ state, loaded }) => {
      const row = boardRow(state, now);
      // On one node, a session with no room in memory has no connection (the log may still say
      // "connected" for phones of before a restart, until the room is loaded again).
      return loaded || this.deps.shared ? row : { ...row, phones: 0 };
    });
  }

  /** Forgets the cached states not asked for since `before` (clock time). */
  prune(before: number): void {
    for (const [code, c] of this.cache) if (c.usedAt < before) this.cache.delete(code);
  }

  get cached(): number {
    return this.cache.size;
  }

  private async stateOf(code: string, head: number): Promise<SessionState | undefined> {
    const { store, log, clock } = this.deps;
    const hit = this.cache.get(code);
    if (hit && hit.state.seq >= head) {
      hit.usedAt = clock();
      return hit.state;
    }
    try {
      let state = hit?.state;
      if (!state) {
        const snap = await store.latestSnapshot(code).catch(() => undefined);
        state = snap ? snapshotState(code, snap, log) : undefined;
      }
      const events = await this.eventsAfter(code, state?.seq ?? 0);
      if (!state) {
        if (!events.length) return undefined;
        state = replay(events.slice(0, 1));
      }
      const b = new BatchState(state);
      for (const env of events) if (env.seq === b.state.seq + 1) b.apply(env);
      if (b.state.seq < head) log('debug', 'board: session behind its head', { code, seq: b.state.seq, head });
      this.cache.set(code, { state: b.state, usedAt: clock() });
      return b.state;
    } catch (e) {
      log('warn', 'board: session unreadable', { code, err: String(e) });
      return hit?.state;
    }
  }

  private async eventsAfter(code: string, seq: number): Promise<EventEnvelope[]> {
    const out: EventEnvelope[] = [];
    for (;;) {
      const page = await this.deps.store.eventsAfter(code, seq + out.length, PAGE);
      out.push(...page);
      if (page.length < PAGE) return out;
    }
  }
}
