// An organizer's browser, reduced to fetch and a cookie jar: the CSRF token comes from
// GET /api/organizer/me and rides in its header on every state change. Plus the two durable
// engines (SQLite, PostgreSQL) the organizer tests run on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createPgSessionStore } from '../../server/store/pgSessionStore.js';
import { CSRF_COOKIE, CSRF_HEADER } from '../../shared/organizerHttp.js';
import { newDatabase } from './cluster.js';
import { type PgCluster, pgAvailable, startPgCluster } from './pgCluster.js';
import { startTestServer, type TestServer } from './server.js';
import type { AppOptions } from '../../server/app.js';

export interface Reply {
  status: number;
  json: Record<string, unknown> & { error?: string; message?: string };
  headers: Headers;
}

export class OrganizerClient {
  readonly jar = new Map<string, string>();
  constructor(
    readonly base: string,
    readonly lang = 'en',
  ) {}

  async req(method: string, path: string, body?: unknown, o: { csrf?: boolean } = {}): Promise<Reply> {
    const headers: Record<string, string> = { 'accept-language': this.lang };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.jar.size) headers.cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.jar.get(CSRF_COOKIE);
    if (o.csrf !== false && csrf && method !== 'GET') headers[CSRF_HEADER] = csrf;
    const r = await fetch(`${this.base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i);
      const value = pair!.slice(i + 1);
      if (/Max-Age=0/.test(c) || value === '') this.jar.delete(name);
      else this.jar.set(name, value);
    }
    const text = await r.text();
    return { status: r.status, json: text ? JSON.parse(text) : {}, headers: r.headers };
  }

  /** Gets the CSRF cookie, then creates the first organizer or logs in. */
  async setup(email: string, password: string): Promise<Reply> {
    await this.req('GET', '/api/organizer/me');
    return this.req('POST', '/api/organizer/setup', { email, password });
  }

  async login(email: string, password: string): Promise<Reply> {
    await this.req('GET', '/api/organizer/me');
    return this.req('POST', '/api/organizer/login', { email, password });
  }
}

export const FORUM = {
  name: 'GSEF 2026',
  city: 'Bordeaux',
  startDate: '2026-10-01',
  endDate: '2026-10-03',
  timeZone: 'Europe/Paris',
  theme: 'Local ecosystems',
  language: 'fr',
  identity: 'named',
} as const;

export interface Engine {
  name: string;
  /** A real server on a fresh, empty database of this engine. */
  start(o?: Partial<AppOptions>): Promise<TestServer>;
  /** A fresh database whose servers all share it: start, close, start again (a restart). */
  place(): Promise<{ start(o?: Partial<AppOptions>): Promise<TestServer> }>;
}

/** SQLite always; PostgreSQL when installed (one cluster per test file, a database per place). */
export function durableEngines(): Engine[] {
  let cluster: Promise<PgCluster> | undefined;
  const dirs: string[] = [];
  afterAll(async () => {
    (await cluster)?.destroy();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const sqlite: Engine = {
    name: 'SQLite',
    start: (o = {}) => startTestServer({ sqlite: true, ...o }),
    async place() {
      const dir = mkdtempSync(join(tmpdir(), 'palabre-organizer-'));
      dirs.push(dir);
      return { start: (o = {}) => startTestServer({ ...o, sqlite: join(dir, 'palabre.sqlite') }) };
    },
  };
  const postgres: Engine = {
    name: 'PostgreSQL',
    async start(o = {}) {
      return (await this.place()).start(o);
    },
    async place() {
      cluster ??= startPgCluster();
      const { url } = await newDatabase(await cluster, 'organizer');
      return {
        async start(o = {}) {
          const store = await createPgSessionStore(url, { reconnectMinMs: 20, reconnectMaxMs: 200 });
          return startTestServer({ ...o, store });
        },
      };
    },
  };
  return pgAvailable() ? [sqlite, postgres] : [sqlite];
}
