// The live status board: a Socket.IO namespace (BOARD_NAMESPACE) for organizers, authenticated by
// their login cookie and forum membership exactly like the HTTP routes, one broadcast room per
// forum. Every commit rings the store's doorbell (this node's and, on PostgreSQL, every node's):
// the session's row is marked dirty and its forum's board gets the changed rows at most once per
// `throttleMs` (about a second). Every `tickMs` each watched forum is read whole again (sessions
// added or deleted, "behind" growing with the clock alone) and every board socket's login is
// checked again (a logout, an expiry or a removal closes it).
import type { Namespace, Server } from 'socket.io';
import * as v from 'valibot';
import type { BoardRow } from '../../shared/board.js';
import {
  BOARD_NAMESPACE,
  type BoardClientToServer,
  BoardHandshakeSchema,
  type BoardRefusal,
  type BoardServerToClient,
} from '../../shared/boardProtocol.js';
import type { Language } from '../../shared/definition.js';
import { type OrganizerError, organizerMessage } from '../../shared/organizerErrors.js';
import type { Committer } from '../committer.js';
import type { Logger } from '../log.js';
import { organizerOf } from '../organizers/auth.js';
import type { MonotonicClock } from '../rateLimit.js';
import type { Registry } from '../registry.js';
import { RESYNC_ALL, type SessionStore } from '../store/sessionStore.js';
import type { BoardSource } from './boardSource.js';

export const BOARD_THROTTLE_MS = 1000;
export const BOARD_TICK_MS = 15_000;
/** Cached states of sessions no board asked for in this long are dropped. */
const CACHE_KEEP_MS = 10 * 60_000;

interface BoardSocketData {
  forumId: string;
  organizerId: string;
  lang: Language;
}
type BoardNamespace = Namespace<BoardClientToServer, BoardServerToClient, Record<string, never>, BoardSocketData>;

export interface BoardHubDeps {
  io: Server;
  store: SessionStore;
  registry: Registry;
  committer: Committer;
  source: BoardSource;
  clock: () => number;
  monotonic: MonotonicClock;
  log: Logger;
  throttleMs?: number;
  tickMs?: number;
}

interface Watch {
  forumId: string;
  codes: Set<string>;
  /** Sessions to send again, with the newest head a doorbell said (0: unknown). */
  dirty: Map<string, number>;
  timer: ReturnType<typeof setTimeout> | null;
  lastSent: number;
  /** The rows last sent, as JSON, by code. */
  sent: Map<string, string>;
  flushing: boolean;
}

const roomOf = (forumId: string) => `forum:${forumId}`;

export interface BoardHub {
  close(): void;
}

export function startBoardHub(deps: BoardHubDeps): BoardHub {
  const { store, registry, committer, source, clock, monotonic, log } = deps;
  const throttleMs = deps.throttleMs ?? BOARD_THROTTLE_MS;
  const nsp = deps.io.of(BOARD_NAMESPACE) as unknown as BoardNamespace;
  const watches = new Map<string, Watch>();
  /** code → forum, for the watched forums' sessions. */
  const forumOf = new Map<string, string>();
  /** Codes known to be in no watched forum (forgotten at every tick). */
  const elsewhere = new Set<string>();

  const refusal = (error: OrganizerError, lang: Language): Error & { data: BoardRefusal } => {
    const err = new Error(error) as Error & { data: BoardRefusal };
    err.data = { error, message: organizerMessage(error, lang) };
    return err;
  };

  /** The organizer of the socket's cookie, if still logged in and still one of the forum's. */
  const allowed = async (req: Parameters<typeof organizerOf>[0], forumId: string) => {
    const o = await organizerOf(req, store, clock());
    if (!o) return { error: 'login_required' as const };
    if (!(await store.getForum(forumId)) || !(await store.isForumMember(forumId, o.id)))
      return { error: 'forum_not_found' as const };
    return { organizer: o };
  };

  nsp.use((socket, next) => {
    const parsed = v.safeParse(BoardHandshakeSchema, socket.handshake.auth);
    const lang = parsed.success ? (parsed.output.language ?? 'en') : 'en';
    if (!parsed.success) return next(refusal('invalid', lang));
    allowed(socket.request, parsed.output.forumId).then(
      (r) => {
        if (!r.organizer) {
          log('warn', 'board connect refused', { reason: r.error });
          return next(refusal(r.error, lang));
        }
        socket.data = { forumId: parsed.output.forumId, organizerId: r.organizer.id, lang };
        next();
      },
      (e: unknown) => {
        log('error', 'board connect dropped: store unavailable', { err: String(e) });
        socket.conn.close();
      },
    );
  });

  nsp.on('connection', (socket) => {
    const { forumId } = socket.data;
    void socket.join(roomOf(forumId));
    const w = watch(forumId);
    socket.on('disconnect', () => {
      if (!nsp.adapter.rooms.get(roomOf(forumId))?.size) unwatch(forumId);
    });
    void refreshForum(w)
      .then((full) => {
        if (socket.connected && full) socket.emit('board:full', full);
      })
      .catch((e: unknown) => log('warn', 'board: forum unreadable', { forumId, err: String(e) }));
  });

  function watch(forumId: string): Watch {
    let w = watches.get(forumId);
    if (!w) {
      w = {
        forumId,
        codes: new Set(),
        dirty: new Map(),
        timer: null,
        lastSent: -Infinity,
        sent: new Map(),
        flushing: false,
      };
      watches.set(forumId, w);
    }
    return w;
  }

  function unwatch(forumId: string): void {
    const w = watches.get(forumId);
    if (!w) return;
    if (w.timer) clearTimeout(w.timer);
    for (const code of w.codes) forumOf.delete(code);
    watches.delete(forumId);
  }

  /** Sends the changed rows (and the removed sessions) to the forum's boards; records them as sent. */
  function sendChanges(w: Watch, rows: BoardRow[], removed: string[]): void {
    const changed: BoardRow[] = [];
    for (const r of rows) {
      const json = JSON.stringify(r);
      if (w.sent.get(r.code) === json) continue;
      w.sent.set(r.code, json);
      changed.push(r);
    }
    for (const code of removed) w.sent.delete(code);
    if (!changed.length && !removed.length) return;
    nsp.to(roomOf(w.forumId)).emit('board:rows', { serverTime: clock(), rows: changed, removed });
  }

  /** Reads the whole forum again; answers the full board (for a new socket). */
  async function refreshForum(w: Watch) {
    const forum = await store.getForum(w.forumId);
    if (!forum) return null;
    const sessions = await store.listForumSessions(w.forumId);
    const codes = new Set(sessions.map((s) => s.code));
    const removed = [...w.codes].filter((c) => !codes.has(c));
    for (const c of removed) forumOf.delete(c);
    for (const c of codes) forumOf.set(c, w.forumId);
    w.codes = codes;
    const rows = await source.forumRows(w.forumId);
    const present = new Set(rows.map((r) => r.code));
    const gone = [...w.sent.keys()].filter((c) => !present.has(c));
    sendChanges(w, rows, gone);
    return {
      forumId: w.forumId,
      name: forum.settings.name,
      timeZone: forum.settings.timeZone,
      serverTime: clock(),
      rows,
    };
  }

  function touch(w: Watch, code: string, head = 0): void {
    w.dirty.set(code, Math.max(head, w.dirty.get(code) ?? 0));
    if (w.timer || w.flushing) return;
    const wait = Math.max(0, w.lastSent + throttleMs - monotonic());
    w.timer = setTimeout(() => void flush(w), wait);
  }

  async function flush(w: Watch): Promise<void> {
    w.timer = null;
    w.flushing = true;
    const dirty = [...w.dirty];
    const codes = dirty.map(([code]) => code);
    w.dirty.clear();
    try {
      // The doorbell may ring before this node's committer advanced the room (its own commit, or
      // another node's not caught up yet): read the room once it holds that head.
      for (const [code, head] of dirty) {
        const room = registry.peek(code);
        if (!room) continue;
        await committer.idle(room);
        if (room.seq < head) await committer.refresh(room);
      }
      const rows = await source.rows(codes);
      const present = new Set(rows.map((r) => r.code));
      sendChanges(
        w,
        rows,
        codes.filter((c) => !present.has(c) && w.sent.has(c)),
      );
    } catch (e) {
      log('warn', 'board update failed', { forumId: w.forumId, err: String(e) });
    } finally {
      w.lastSent = monotonic();
      w.flushing = false;
      const next = [...w.dirty][0];
      if (next && watches.get(w.forumId) === w) touch(w, next[0], next[1]);
    }
  }

  const unsubscribe = store.onCommitted((code, head) => {
    if (!watches.size) return;
    if (code === RESYNC_ALL) {
      for (const w of watches.values()) for (const c of w.codes) touch(w, c);
      return;
    }
    const forumId = forumOf.get(code);
    if (forumId) {
      const w = watches.get(forumId);
      if (w) touch(w, code, head);
      return;
    }
    if (elsewhere.has(code)) return;
    // A session not seen yet (added to a watched forum since its last read), or no forum's.
    store.getForumSession(code).then(
      (fs) => {
        const w = fs ? watches.get(fs.forumId) : undefined;
        if (!w) return void elsewhere.add(code);
        w.codes.add(code);
        forumOf.set(code, w.forumId);
        touch(w, code, head);
      },
      (e: unknown) => log('warn', 'board: forum session unreadable', { code, err: String(e) }),
    );
  });

  let ticking = false;
  const tick = setInterval(() => {
    if (ticking) return;
    ticking = true;
    void (async () => {
      elsewhere.clear();
      for (const w of [...watches.values()]) {
        await refreshForum(w).catch((e: unknown) =>
          log('warn', 'board: forum unreadable', { forumId: w.forumId, err: String(e) }),
        );
        const mine = [...nsp.sockets.values()].filter((x) => x.data.forumId === w.forumId);
        for (const socket of mine) {
          const r = await allowed(socket.request, w.forumId).catch(() => ({ error: 'internal' as const }));
          if (r.error === 'login_required' || r.error === 'forum_not_found') socket.disconnect(true);
        }
      }
      source.prune(clock() - CACHE_KEEP_MS);
    })().finally(() => {
      ticking = false;
    });
  }, deps.tickMs ?? BOARD_TICK_MS);
  tick.unref();

  return {
    close() {
      clearInterval(tick);
      unsubscribe();
      for (const w of watches.values()) if (w.timer) clearTimeout(w.timer);
      watches.clear();
    },
  };
}
