// A real Palabre server on port 0 for integration tests, with its teardown.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App, type AppOptions } from '../../server/app.js';
import { silentLogger, type Logger } from '../../server/log.js';
import { createMemorySessionStore } from '../../server/store/memorySessionStore.js';
import type { SessionStore } from '../../server/store/sessionStore.js';
import { createSqliteSessionStore } from '../../server/store/sqliteSessionStore.js';
import type { DefinitionInput } from '../../shared/definition.js';

export interface TestServer {
  app: App;
  url: string;
  port: number;
  dbFile: string | null;
  /** The store the app writes to (to count what was written). */
  store: SessionStore;
  createSession(def?: DefinitionInput): Promise<CreatedSession>;
  close(): Promise<void>;
}

export interface CreatedSession {
  code: string;
  links: { moderator: string; rapporteur: string; participant: string; projector: string; speaker: string };
  moderatorKey: string;
  rapporteurKey: string;
  projectorKey: string;
  speakerKey: string;
}

export const keyOf = (link: string): string => new URL(link).hash.replace(/^#(key|view)=/, '');

export async function startTestServer(
  o: { sqlite?: boolean | string; logger?: Logger; port?: number } & Partial<AppOptions> = {},
): Promise<TestServer> {
  let dir: string | null = null;
  let dbFile: string | null = null;
  if (typeof o.sqlite === 'string') dbFile = o.sqlite;
  else if (o.sqlite) {
    dir = mkdtempSync(join(tmpdir(), 'palabre-test-'));
    dbFile = join(dir, 'palabre.sqlite');
  }
  // A given store (e.g. PostgreSQL for cluster tests) is used as is.
  const store = o.store ?? (dbFile ? createSqliteSessionStore(dbFile) : createMemorySessionStore());
  const app = createApp({ logger: silentLogger, ...o, store });
  const port = await app.listen(o.port ?? 0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    port,
    dbFile,
    store,
    async createSession(def = {}) {
      const r = await fetch(`${url}/api/sessions`, {
        method: 'POST',
        body: JSON.stringify(def),
        headers: { 'content-type': 'application/json' },
      });
      if (r.status !== 201) throw new Error(`create failed: ${r.status} ${await r.text()}`);
      const body = (await r.json()) as { code: string; links: CreatedSession['links'] };
      return {
        ...body,
        moderatorKey: keyOf(body.links.moderator),
        rapporteurKey: keyOf(body.links.rapporteur),
        projectorKey: keyOf(body.links.projector),
        speakerKey: keyOf(body.links.speaker),
      };
    },
    async close() {
      await app.close();
      // Leave a caller-provided file in place (restart tests reopen it).
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A two-speaker, two-round session used across integration tests. */
export const SAMPLE_DEFINITION: DefinitionInput = {
  title: 'Innovative Partnerships',
  language: 'en',
  mainQuestion: 'How can SSE actors co-create local solutions?',
  rounds: [
    {
      id: 'r1',
      title: 'Round 1',
      questions: [
        { id: 'r1q1', text: 'How have partnerships worked?' },
        { id: 'r1q2', text: 'What is the benefit?' },
      ],
    },
    { id: 'r2', title: 'Round 2', questions: [{ id: 'r2q1', text: 'Who should lead?' }] },
  ],
  speakers: [
    {
      id: 's1',
      name: 'Ben Amar Zeghadi',
      organization: 'CRESS Mayotte',
      country: 'France',
      talkTitle: 'Hub of SSE',
      minutes: 5,
    },
    {
      id: 's2',
      name: 'Malick Diop',
      organization: 'RACTES',
      country: 'Senegal',
      talkTitle: 'Structured Dialogue',
      minutes: 7,
    },
  ],
  identity: 'optional',
};
