// createApp: wires the store, the rooms, HTTP and Socket.IO. Dependencies are injected so tests
// build the app on port 0 with an in-memory (or temporary SQLite) store and their own clock.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { SYSTEM } from '../shared/decide.js';
import { Committer } from './committer.js';
import { handleApi } from './http/routes.js';
import { publicInfo } from './http/publicInfo.js';
import { staticHandler } from './http/static.js';
import { consoleLogger, type Logger } from './log.js';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions } from './rateLimit.js';
import { Registry } from './registry.js';
import { attachSocketHandlers, socketTransport, type PalabreServer } from './socket/index.js';
import type { EventStore } from './store/types.js';

export interface AppOptions {
  store: EventStore;
  clock?: () => number;
  logger?: Logger;
  /** Built client to serve (dist/); omitted in API-only tests. */
  staticDir?: string;
  publicUrl?: string;
  rateLimit?: RateLimitOptions;
  /** Largest Socket.IO message accepted, in bytes. */
  maxMessageBytes?: number;
}

export interface App {
  http: HttpServer;
  io: PalabreServer;
  registry: Registry;
  committer: Committer;
  listen(port?: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

export function createApp(opts: AppOptions): App {
  const clock = opts.clock ?? Date.now;
  const log = opts.logger ?? consoleLogger();
  const store = opts.store;
  const http = createServer();
  const io: PalabreServer = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: opts.maxMessageBytes ?? 256 * 1024,
    // The event store is the source for catch-up; Socket.IO's recovery would keep every broadcast in memory.
    connectionStateRecovery: undefined,
    pingInterval: 20_000,
    pingTimeout: 20_000,
  });
  const committer = new Committer(store, clock, socketTransport(io), log);
  const registry = new Registry(store, clock, (room) => {
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
  });
  attachSocketHandlers({ io, store, registry, committer, clock, log, rateLimit: opts.rateLimit ?? DEFAULT_RATE_LIMIT });

  const serveStatic = opts.staticDir ? staticHandler(opts.staticDir, (code) => publicInfo(registry, code)) : null;
  http.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/socket.io/')) return; // handled by Socket.IO
    void handleApi(req, res, url, { store, registry, committer, clock, log, publicUrl: opts.publicUrl }).then(
      (handled) => {
        if (handled) return;
        if (serveStatic && (req.method === 'GET' || req.method === 'HEAD') && serveStatic(req, res, url.pathname))
          return;
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
      },
    );
  });

  return {
    http,
    io,
    registry,
    committer,
    listen(port = 0, host?: string) {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => resolve((http.address() as AddressInfo).port));
      });
    },
    async close() {
      committer.flush();
      await new Promise<void>((resolve) => {
        io.close(() => resolve());
      });
      store.close();
    },
  };
}
