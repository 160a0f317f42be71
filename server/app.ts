// createApp: wires the store, the rooms, HTTP and Socket.IO. Dependencies are injected so tests
// build the app on port 0 with an in-memory (or temporary SQLite) store and their own clock.
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { SYSTEM } from '../shared/decide.js';
import { errorMessage } from '../shared/errors.js';
import type { Role } from '../shared/state.js';
import { MAX_SOCKET_FRAME_BYTES } from '../shared/limits.js';
import { Committer } from './committer.js';
import { handleApi, type HttpLimiters } from './http/routes.js';
import { handleOrganizerApi } from './http/organizerRoutes.js';
import { publicInfo } from './http/publicInfo.js';
import { privacyNotices } from './http/privacyNotice.js';
import { type RetentionJob, startRetention } from './retention.js';
import { staticHandler } from './http/static.js';
import { clientAddress, languageOf, sendJson } from './http/util.js';
import { consoleLogger, type Logger } from './log.js';
import type { Translator } from './translate/translator.js';
import {
  DEFAULT_RATE_LIMIT,
  KeyedLimiter,
  monotonicNow,
  type MonotonicClock,
  SOCKET_LIMITS,
  socketLimiters,
  type RateLimitOptions,
  type SocketLimitRules,
  type WindowLimit,
} from './rateLimit.js';
import { Registry } from './registry.js';
import type { Room } from './room.js';
import { attachSocketHandlers, roomNames, socketTransport, type PalabreServer } from './socket/index.js';
import { RESYNC_ALL, type SessionStore } from './store/sessionStore.js';
import { normalizeCode } from '../shared/sessionCode.js';
import type { ClusterPresence } from './cluster/presence.js';
import { BoardSource } from './board/boardSource.js';
import { startBoardHub } from './board/boardHub.js';
import { type LanguageWorker, createLanguageWorker } from './language/languageWorker.js';

export interface AppOptions {
  store: SessionStore;
  /**
   * The store is shared with other Palabre nodes (PostgreSQL): a room loaded here may be written
   * elsewhere, so loading does not reset presence (other nodes hold connections), and presence
   * is counted per node in `clusterPresence` when given.
   */
  shared?: boolean;
  clusterPresence?: ClusterPresence;
  /** How often the heads of loaded rooms are compared with the store (a doorbell silently lost). */
  headsPollMs?: number;
  clock?: () => number;
  logger?: Logger;
  /** Built client to serve (dist/); omitted in API-only tests. */
  staticDir?: string;
  publicUrl?: string;
  /** Commands per participant (all its sockets) or staff connection (default DEFAULT_RATE_LIMIT). */
  rateLimit?: RateLimitOptions;
  /** The other socket limits; each defaults to SOCKET_LIMITS. */
  socketLimits?: Partial<SocketLimitRules>;
  /** Largest Socket.IO message accepted, in bytes (default MAX_SOCKET_FRAME_BYTES). */
  maxMessageBytes?: number;
  /** Monotonic clock for rate limits and idle rooms (default performance.now). */
  monotonic?: MonotonicClock;
  /** Per-address HTTP limits; each defaults to HTTP_LIMITS. */
  httpLimits?: Partial<Record<keyof HttpLimiters, WindowLimit>>;
  /** Browser origins allowed to open a socket besides PUBLIC_URL or the Host (ALLOWED_ORIGINS). */
  allowedOrigins?: string[];
  /** Behind one reverse proxy: read client addresses from X-Forwarded-For (TRUST_PROXY=1). */
  trustProxy?: boolean;
  /** A room with no socket for `afterMs` is dropped from memory, checked every `everyMs`. */
  idleRooms?: { afterMs: number; everyMs: number };
  /** Time allowed to receive a whole request / its headers (Node's default is 300 s / 60 s). */
  requestTimeoutMs?: number;
  headersTimeoutMs?: number;
  /** The self-hosted translation server (TRANSLATE_URL, TRANSLATE_API); none: no translation. */
  translator?: Translator;
  /** Organizer login attempts per e-mail address and per client address (default LOGIN_LIMITS). */
  loginLimits?: Partial<typeof LOGIN_LIMITS>;
  /** How often the retention job looks for sessions to erase (default RETENTION_EVERY_MS). */
  retentionEveryMs?: number;
  /** How often status boards reread their forums and recheck their logins (default BOARD_TICK_MS). */
  boardTickMs?: number;
  /**
   * Start the language-detection thread when the server listens (`palabre serve`), not with the
   * first answers: its first load (about 0.1 s of CPU built, 0.5 s under tsx) would otherwise land
   * on them. Tests leave it lazy: most never detect a language.
   */
  startLanguageWorker?: boolean;
  /** The language-detection thread (default createLanguageWorker()); tests pass their own. */
  languageWorker?: LanguageWorker;
}

/** Organizer password attempts (login, first setup, password change). */
export const LOGIN_LIMITS = {
  perEmail: { limit: 10, windowMs: 15 * 60_000 },
  perAddress: { limit: 30, windowMs: 15 * 60_000 },
} satisfies Record<string, WindowLimit>;

/** Per-address HTTP limits (docs/protocol.md, "Limits"). */
export const HTTP_LIMITS: Record<keyof HttpLimiters, WindowLimit> = {
  create: { limit: 300, windowMs: 60 * 60_000 },
  codeMisses: { limit: 60, windowMs: 60_000 },
  briefImport: { limit: 30, windowMs: 10 * 60_000 },
};
export const IDLE_ROOMS = { afterMs: 30 * 60_000, everyMs: 60_000 };
export const HEADS_POLL_MS = 1500;
/** A 5 MB photo needs ~40 s at 1 Mbit/s: whole requests get 60 s, their headers 20 s. */
export const REQUEST_TIMEOUT_MS = 60_000;
export const HEADERS_TIMEOUT_MS = 20_000;

/** localhost, 127.x.x.x or [::1]: an address only this machine can open. */
export const isLoopbackHost = (hostname: string): boolean =>
  hostname === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === '[::1]';

/**
 * Whether a Socket.IO handshake's Origin is ours: PUBLIC_URL's origin (or, without it, the request's
 * own Host) or one of `extra`. No Origin header (a non-browser client) is allowed: Origin only
 * protects browsers from pages of other sites.
 */
export function originAllowed(req: IncomingMessage, publicUrl: string | undefined, extra: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  let o: URL;
  try {
    o = new URL(origin);
  } catch {
    return false;
  }
  const sameHost = !!req.headers.host && o.host === req.headers.host.toLowerCase();
  if (publicUrl) {
    if (o.origin === new URL(publicUrl).origin) return true;
    // The staff on this machine (http://localhost:3000) while phones use PUBLIC_URL: a loopback page
    // asking a loopback Host is this machine's own (a rebound name would carry its own Host).
    if (sameHost && isLoopbackHost(o.hostname)) return true;
  } else if (sameHost) return true;
  return extra.some((e) => o.origin === e);
}

export interface App {
  http: HttpServer;
  io: PalabreServer;
  registry: Registry;
  committer: Committer;
  listen(port?: number, host?: string): Promise<number>;
  close(): Promise<void>;
  /**
   * A crash, as far as other nodes can tell (tests): connections are cut, nothing more is
   * committed or published, the store is closed.
   */
  abort(): Promise<void>;
  /** The forums' retention job (server/retention.ts). */
  retention: RetentionJob;
}

export function createApp(opts: AppOptions): App {
  const clock = opts.clock ?? Date.now;
  const monotonic = opts.monotonic ?? monotonicNow;
  const log = opts.logger ?? consoleLogger();
  const store = opts.store;
  const requestTimeout = opts.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const headersTimeout = Math.min(requestTimeout, opts.headersTimeoutMs ?? HEADERS_TIMEOUT_MS);
  const http = createServer({
    requestTimeout,
    headersTimeout,
    // How often Node looks for requests over those times (its default, 30 s, would outlast a short one).
    connectionsCheckingInterval: Math.min(30_000, Math.max(100, headersTimeout / 4)),
  });
  const allowedOrigins = (opts.allowedOrigins ?? []).flatMap((o) => {
    try {
      return [new URL(o).origin];
    } catch {
      log('warn', 'ignored allowed origin: not a URL', { origin: o });
      return [];
    }
  });
  const io: PalabreServer = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: opts.maxMessageBytes ?? MAX_SOCKET_FRAME_BYTES,
    // Pages of other sites may not open a socket in a visitor's browser.
    allowRequest: (req, callback) => {
      const ok = originAllowed(req, opts.publicUrl, allowedOrigins);
      if (!ok) log('warn', 'socket refused: foreign origin', { origin: req.headers.origin });
      callback(null, ok);
    },
    // The event store is the source for catch-up; Socket.IO's recovery would keep every broadcast in memory.
    connectionStateRecovery: undefined,
    pingInterval: 20_000,
    pingTimeout: 20_000,
  });
  const languages = opts.languageWorker ?? createLanguageWorker();
  const committer = new Committer(store, clock, socketTransport(io), log, setImmediate, {
    shared: opts.shared,
    languages,
  });
  const idle = opts.idleRooms ?? IDLE_ROOMS;
  const registry = new Registry(
    store,
    clock,
    (room) => {
      // Shared store: events may have been committed between the load's read and now.
      if (opts.shared) return committer.catchUp(room);
      // After a restart nobody is connected yet: record that, so "connected now" counts are true.
      const stale = Object.values(room.state.participants).filter((p) => p.connected);
      for (const p of stale)
        void committer.submit({
          room,
          actor: SYSTEM,
          command: { type: 'participant:presence', participantId: p.id, connected: false },
          commandId: null,
          lang: 'en',
        });
    },
    { idleMs: idle.afterMs, now: monotonic },
    log,
  );
  const sweep = setInterval(() => {
    const inUse = new Set<string>();
    for (const socket of io.of('/').sockets.values()) if (socket.data?.code) inUse.add(socket.data.code);
    const dropped = registry.unloadIdle((code) => inUse.has(code));
    if (dropped.length) log('debug', 'idle rooms unloaded', { count: dropped.length });
  }, idle.everyMs);
  sweep.unref();

  // Commits by other nodes (PostgreSQL's doorbell) or by this one (ignored: already applied):
  // loaded rooms behind the head catch up through the committer's queue.
  const unsubscribe = store.onCommitted((code, head) => {
    if (code === RESYNC_ALL) {
      log('info', 'doorbell resync: catching up every loaded room', { rooms: registry.loaded });
      for (const room of registry.loadedRooms()) committer.catchUp(room);
      return;
    }
    const room = registry.peek(code);
    if (room && room.seq < head) committer.catchUp(room, head);
  });
  // The safety net for a doorbell silently gone: compare every loaded room's head with the store.
  // Only a shared store has other writers; an embedded one is this node's alone.
  let polling = false;
  const poll = opts.shared
    ? setInterval(() => {
        const rooms = registry.loadedRooms();
        if (polling || !rooms.length) return;
        polling = true;
        store
          .heads(rooms.map((r) => r.code))
          .then((heads) => {
            for (const room of rooms) {
              const h = heads.get(room.code);
              if (h !== undefined && h > room.seq) {
                log('debug', 'heads poll: room behind', { code: room.code, seq: room.seq, head: h });
                committer.catchUp(room, h);
              }
            }
          })
          .catch((e: unknown) => log('warn', 'heads poll failed', { err: String(e) }))
          .finally(() => {
            polling = false;
          });
      }, opts.headsPollMs ?? HEADS_POLL_MS)
    : undefined;
  poll?.unref();
  const clusterPresence = opts.clusterPresence;
  if (clusterPresence) {
    const presenceOf = (room: Room, pid: string, connected: boolean) =>
      void committer.submit({
        room,
        actor: SYSTEM,
        command: { type: 'participant:presence', participantId: pid, connected },
        commandId: null,
        lang: 'en',
      });
    clusterPresence.hooks = {
      // The participant's connections were all on a dead node.
      onAbsent(code, pid) {
        registry.load(code).then(
          (room) => room && presenceOf(room, pid, false),
          (e: unknown) => log('warn', 'presence: room not loaded', { code, err: String(e) }),
        );
      },
      // This node's participants show as connected (a flip lost in a race between two nodes).
      reconcile(local) {
        for (const { code, participantId } of local.values()) {
          const room = registry.peek(code);
          if (room && room.participantConnected(participantId) === false) presenceOf(room, participantId, true);
        }
      },
    };
  }

  const limitOf = (k: keyof HttpLimiters) => new KeyedLimiter(opts.httpLimits?.[k] ?? HTTP_LIMITS[k], monotonic);
  const limits: HttpLimiters = {
    create: limitOf('create'),
    codeMisses: limitOf('codeMisses'),
    briefImport: limitOf('briefImport'),
  };
  const trustProxy = opts.trustProxy ?? false;
  const socketRules: SocketLimitRules = {
    ...SOCKET_LIMITS,
    ...opts.socketLimits,
    // The very object given (the bench changes it in place while running).
    commands: opts.rateLimit ?? opts.socketLimits?.commands ?? DEFAULT_RATE_LIMIT,
  };
  const sockets = attachSocketHandlers({
    io,
    store,
    registry,
    committer,
    clock,
    log,
    // Failed handshakes (wrong code, key or token) count as misses with the HTTP API's lookups.
    limits: socketLimiters(socketRules, limits.codeMisses, monotonic),
    trustProxy,
    ...(clusterPresence ? { clusterPresence } : {}),
  });
  /** Public facts for the participant page, counted like an API lookup (a miss uses up a guess). */
  const pageInfo = (code: string, req: IncomingMessage) => {
    const address = clientAddress(req, trustProxy);
    if (!limits.codeMisses.allows(address)) return null;
    const info = publicInfo(registry, code);
    if (!info) limits.codeMisses.take(address);
    return info;
  };
  const notices = privacyNotices(store, clock);
  const serveStatic = opts.staticDir ? staticHandler(opts.staticDir, pageInfo, notices.get) : null;
  /** The join page reads its session's facts synchronously: load the room first. */
  const preloadJoinPage = async (pathname: string, req: IncomingMessage) => {
    const m = /^\/j\/([^/]+)/.exec(pathname);
    if (!m || !limits.codeMisses.allows(clientAddress(req, trustProxy))) return;
    let code: string | null = null;
    try {
      code = normalizeCode(decodeURIComponent(m[1]!));
    } catch {
      return;
    }
    if (code) await registry.load(code);
    if (code)
      await notices
        .load(code)
        .catch((e: unknown) => log('warn', 'privacy notice unreadable', { code, err: String(e) }));
  };
  const deps = {
    store,
    registry,
    committer,
    clock,
    log,
    publicUrl: opts.publicUrl,
    limits,
    trustProxy,
    translator: opts.translator,
    disconnectRoles: async (code: string, roles: readonly Role[] | 'all') => {
      // Every node's sockets in the session (through the adapter). The client comes back after a
      // pause and its handshake is refused, saying the link was replaced, in its language.
      log('info', 'disconnecting screens', { code, roles: roles === 'all' ? 'all' : roles.join(',') });
      for (const socket of await io.in(roomNames.all(code)).fetchSockets()) {
        if (roles === 'all' || roles.includes(socket.data.role)) socket.disconnect(true);
      }
    },
  };
  // The organizers' status boards: rows read without loading rooms, pushed live to their sockets.
  const board = new BoardSource({ store, registry, clock, log, shared: opts.shared ?? false });
  const boardHub = startBoardHub({
    io,
    store,
    registry,
    committer,
    source: board,
    clock,
    monotonic,
    log,
    ...(opts.boardTickMs ? { tickMs: opts.boardTickMs } : {}),
  });
  const retention = startRetention({ store, registry, committer, clock, log, everyMs: opts.retentionEveryMs });
  const organizerDeps = {
    ...deps,
    limits: {
      loginPerEmail: new KeyedLimiter(opts.loginLimits?.perEmail ?? LOGIN_LIMITS.perEmail, monotonic),
      loginPerAddress: new KeyedLimiter(opts.loginLimits?.perAddress ?? LOGIN_LIMITS.perAddress, monotonic),
    },
    originOk: (req: IncomingMessage) => originAllowed(req, opts.publicUrl, allowedOrigins),
    board,
    deleteSession: async (code: string) => {
      // What is in flight is committed first, as for a moderator's deletion (http/routes.ts).
      const room = await registry.load(code);
      if (room) await committer.idle(room);
      const deleted = await registry.delete(code);
      if (deleted) log('info', 'session deleted', { code });
      await deps.disconnectRoles(code, 'all');
      return deleted;
    },
  };
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      // e.g. `GET //`: a path the URL parser reads as an empty host.
      return sendJson(res, 400, {
        error: 'invalid_payload',
        message: errorMessage('invalid_payload', languageOf(req)),
      });
    }
    if (url.pathname.startsWith('/socket.io/')) return; // handled by Socket.IO
    if (await handleOrganizerApi(req, res, url, organizerDeps)) return;
    if (await handleApi(req, res, url, deps)) return;
    if (serveStatic && (req.method === 'GET' || req.method === 'HEAD')) {
      await preloadJoinPage(url.pathname, req);
      if (serveStatic(req, res, url.pathname)) return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  }
  // No request, however malformed, may stop the server: an unexpected error is logged and answered 500.
  http.on('request', (req, res) => {
    handle(req, res).catch((e: unknown) => {
      log('error', 'request failed', { method: req.method, path: (req.url ?? '').slice(0, 200), err: String(e) });
      if (res.headersSent) return void res.destroy();
      const lang = languageOf(req);
      sendJson(res, 500, { error: 'internal', message: errorMessage('internal', lang) });
    });
  });

  return {
    http,
    io,
    registry,
    committer,
    listen(port = 0, host?: string) {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          if (opts.startLanguageWorker) languages.warm();
          resolve((http.address() as AddressInfo).port);
        });
      });
    },
    retention,
    async close() {
      sockets.stopResults();
      boardHub.close();
      retention.stop();
      clearInterval(sweep);
      clearInterval(poll);
      unsubscribe();
      // Disconnecting everyone queues their presence; it is committed before the store closes.
      await new Promise<void>((resolve) => {
        io.close(() => resolve());
      });
      await sockets.settled();
      await committer.drain();
      await opts.clusterPresence?.close();
      await store.close().catch(() => {});
      await languages.close();
    },
    async abort() {
      sockets.stopResults();
      boardHub.close();
      retention.stop();
      clearInterval(sweep);
      clearInterval(poll);
      unsubscribe();
      opts.clusterPresence?.abort();
      void languages.close();
      await store.close().catch(() => {});
      http.closeAllConnections();
      await new Promise<void>((resolve) => {
        io.close(() => resolve());
      });
    },
  };
}
