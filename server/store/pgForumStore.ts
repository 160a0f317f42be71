// The organizers' tables on PostgreSQL (server/store/forumStore.ts), for the PostgreSQL store.
import type pg from 'pg';
import type { ForumRecord, ForumSessionRecord, ForumStore, OrganizerRecord } from './forumStore.js';

/** Migration 3 of the PostgreSQL schema (server/store/pgSessionStore.ts). */
export const PG_FORUM_TABLES = `
CREATE TABLE IF NOT EXISTS organizers (
  id text PRIMARY KEY,
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  created_at bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS logins (
  token_hash text PRIMARY KEY,
  organizer_id text NOT NULL,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS logins_by_organizer ON logins (organizer_id);
CREATE TABLE IF NOT EXISTS forums (
  id text PRIMARY KEY,
  created_at bigint NOT NULL,
  settings text NOT NULL
);
CREATE TABLE IF NOT EXISTS forum_members (
  forum_id text NOT NULL,
  organizer_id text NOT NULL,
  PRIMARY KEY (forum_id, organizer_id)
);
CREATE TABLE IF NOT EXISTS forum_sessions (
  code text PRIMARY KEY,
  forum_id text NOT NULL,
  added_at bigint NOT NULL,
  links text NOT NULL,
  erased_at bigint
);
CREATE INDEX IF NOT EXISTS forum_sessions_by_forum ON forum_sessions (forum_id);
CREATE TABLE IF NOT EXISTS forum_invites (
  token_hash text PRIMARY KEY,
  forum_id text NOT NULL,
  created_by text NOT NULL,
  expires_at bigint NOT NULL
);
`;

interface OrganizerRow {
  id: string;
  email: string;
  password_hash: string;
  created_at: string;
}
interface ForumRow {
  id: string;
  created_at: string;
  settings: string;
}
interface ForumSessionRow {
  code: string;
  forum_id: string;
  added_at: string;
  links: string;
  erased_at: string | null;
}

// bigint columns come back as strings.
const organizer = (r: OrganizerRow): OrganizerRecord => ({
  id: r.id,
  email: r.email,
  passwordHash: r.password_hash,
  createdAt: Number(r.created_at),
});
const forum = (r: ForumRow): ForumRecord => ({
  id: r.id,
  createdAt: Number(r.created_at),
  settings: JSON.parse(r.settings),
});
const forumSession = (r: ForumSessionRow): ForumSessionRecord => ({
  forumId: r.forum_id,
  code: r.code,
  addedAt: Number(r.added_at),
  links: JSON.parse(r.links),
  ...(r.erased_at === null ? {} : { erasedAt: Number(r.erased_at) }),
});

type Run = <T>(what: string, fn: () => Promise<T>) => Promise<T>;

/** `run` wraps each query: closed store and error messages as the rest of the engine (F7, R13). */
export function createPgForumMethods(pool: pg.Pool, run: Run): ForumStore {
  const rows = <R extends pg.QueryResultRow>(what: string, sql: string, values: unknown[] = []) =>
    run(what, async () => (await pool.query<R>(sql, values)).rows);
  const count = (what: string, sql: string, values: unknown[]) =>
    run(what, async () => (await pool.query(sql, values)).rowCount ?? 0);
  /** Several statements in one transaction on one connection. */
  const tx = <T>(what: string, fn: (c: pg.PoolClient) => Promise<T>) =>
    run(what, async () => {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const out = await fn(c);
        await c.query('COMMIT');
        return out;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        c.release();
      }
    });
  const hasForum = async (what: string, id: string) =>
    (await rows(what, 'SELECT 1 FROM forums WHERE id = $1', [id])).length === 1;

  return {
    async createOrganizer(o) {
      const n = await count(
        'createOrganizer',
        'INSERT INTO organizers (id, email, password_hash, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
        [o.id, o.email, o.passwordHash, o.createdAt],
      );
      return n === 1;
    },
    async getOrganizer(id) {
      const r = await rows<OrganizerRow>('getOrganizer', 'SELECT * FROM organizers WHERE id = $1', [id]);
      return r[0] && organizer(r[0]);
    },
    async getOrganizerByEmail(email) {
      const r = await rows<OrganizerRow>('getOrganizerByEmail', 'SELECT * FROM organizers WHERE email = $1', [email]);
      return r[0] && organizer(r[0]);
    },
    async setOrganizerPassword(id, passwordHash) {
      await count('setOrganizerPassword', 'UPDATE organizers SET password_hash = $2 WHERE id = $1', [id, passwordHash]);
    },
    async countOrganizers() {
      const r = await rows<{ n: number }>('countOrganizers', 'SELECT count(*)::int AS n FROM organizers');
      return r[0]!.n;
    },
    async createLogin(l) {
      await count(
        'createLogin',
        `INSERT INTO logins (token_hash, organizer_id, created_at, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (token_hash) DO UPDATE SET organizer_id = excluded.organizer_id, created_at = excluded.created_at, expires_at = excluded.expires_at`,
        [l.tokenHash, l.organizerId, l.createdAt, l.expiresAt],
      );
    },
    async getLogin(tokenHash) {
      const r = await rows<{ token_hash: string; organizer_id: string; created_at: string; expires_at: string }>(
        'getLogin',
        'SELECT * FROM logins WHERE token_hash = $1',
        [tokenHash],
      );
      const l = r[0];
      return (
        l && {
          tokenHash: l.token_hash,
          organizerId: l.organizer_id,
          createdAt: Number(l.created_at),
          expiresAt: Number(l.expires_at),
        }
      );
    },
    async deleteLogin(tokenHash) {
      await count('deleteLogin', 'DELETE FROM logins WHERE token_hash = $1', [tokenHash]);
    },
    async deleteLogins(organizerId, keep) {
      await count('deleteLogins', 'DELETE FROM logins WHERE organizer_id = $1 AND token_hash IS DISTINCT FROM $2', [
        organizerId,
        keep ?? null,
      ]);
    },
    async createForum(f, ownerId) {
      await tx('createForum', async (c) => {
        await c.query('INSERT INTO forums (id, created_at, settings) VALUES ($1, $2, $3)', [
          f.id,
          f.createdAt,
          JSON.stringify(f.settings),
        ]);
        await c.query('INSERT INTO forum_members (forum_id, organizer_id) VALUES ($1, $2)', [f.id, ownerId]);
      });
    },
    async getForum(id) {
      const r = await rows<ForumRow>('getForum', 'SELECT * FROM forums WHERE id = $1', [id]);
      return r[0] && forum(r[0]);
    },
    async updateForum(id, settings) {
      return (
        (await count('updateForum', 'UPDATE forums SET settings = $2 WHERE id = $1', [
          id,
          JSON.stringify(settings),
        ])) === 1
      );
    },
    async listForumsOf(organizerId) {
      const r = await rows<ForumRow>(
        'listForumsOf',
        'SELECT f.* FROM forums f JOIN forum_members m ON m.forum_id = f.id WHERE m.organizer_id = $1 ORDER BY f.created_at, f.id',
        [organizerId],
      );
      return r.map(forum);
    },
    async listForums() {
      return (await rows<ForumRow>('listForums', 'SELECT * FROM forums ORDER BY created_at, id')).map(forum);
    },
    async deleteForum(id) {
      return tx('deleteForum', async (c) => {
        const codes = await c.query<{ code: string }>('DELETE FROM forum_sessions WHERE forum_id = $1 RETURNING code', [
          id,
        ]);
        await c.query('DELETE FROM forum_invites WHERE forum_id = $1', [id]);
        await c.query('DELETE FROM forum_members WHERE forum_id = $1', [id]);
        await c.query('DELETE FROM forums WHERE id = $1', [id]);
        return codes.rows.map((r) => r.code).sort();
      });
    },
    async addForumMember(forumId, organizerId) {
      if (!(await hasForum('addForumMember', forumId))) throw new Error(`addForumMember: unknown forum ${forumId}`);
      const n = await count(
        'addForumMember',
        'INSERT INTO forum_members (forum_id, organizer_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [forumId, organizerId],
      );
      return n === 1;
    },
    async isForumMember(forumId, organizerId) {
      const r = await rows('isForumMember', 'SELECT 1 FROM forum_members WHERE forum_id = $1 AND organizer_id = $2', [
        forumId,
        organizerId,
      ]);
      return r.length === 1;
    },
    async listForumMembers(forumId) {
      const r = await rows<OrganizerRow>(
        'listForumMembers',
        'SELECT o.* FROM organizers o JOIN forum_members m ON m.organizer_id = o.id WHERE m.forum_id = $1 ORDER BY o.email',
        [forumId],
      );
      return r.map(organizer);
    },
    async addForumSession(s) {
      if (!(await hasForum('addForumSession', s.forumId)))
        throw new Error(`addForumSession: unknown forum ${s.forumId}`);
      const n = await count(
        'addForumSession',
        'INSERT INTO forum_sessions (code, forum_id, added_at, links, erased_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
        [s.code, s.forumId, s.addedAt, JSON.stringify(s.links), s.erasedAt ?? null],
      );
      return n === 1;
    },
    async listForumSessions(forumId) {
      const r = await rows<ForumSessionRow>(
        'listForumSessions',
        'SELECT * FROM forum_sessions WHERE forum_id = $1 ORDER BY added_at, code',
        [forumId],
      );
      return r.map(forumSession);
    },
    async getForumSession(code) {
      const r = await rows<ForumSessionRow>('getForumSession', 'SELECT * FROM forum_sessions WHERE code = $1', [code]);
      return r[0] && forumSession(r[0]);
    },
    async markErased(code, at) {
      return (
        (await count('markErased', 'UPDATE forum_sessions SET erased_at = $2 WHERE code = $1 AND erased_at IS NULL', [
          code,
          at,
        ])) === 1
      );
    },
    async setForumSessionLinks(code, links) {
      return (
        (await count('setForumSessionLinks', 'UPDATE forum_sessions SET links = $2 WHERE code = $1', [
          code,
          JSON.stringify(links),
        ])) === 1
      );
    },
    async createInvite(i) {
      await count(
        'createInvite',
        `INSERT INTO forum_invites (token_hash, forum_id, created_by, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (token_hash) DO UPDATE SET forum_id = excluded.forum_id, created_by = excluded.created_by, expires_at = excluded.expires_at`,
        [i.tokenHash, i.forumId, i.createdBy, i.expiresAt],
      );
    },
    async takeInvite(tokenHash, now) {
      // One statement: of two concurrent takes, only one DELETE returns the row (F6).
      const r = await rows<{ forum_id: string; expires_at: string }>(
        'takeInvite',
        'DELETE FROM forum_invites WHERE token_hash = $1 RETURNING forum_id, expires_at',
        [tokenHash],
      );
      const i = r[0];
      if (!i || Number(i.expires_at) <= now) return undefined;
      return (await hasForum('takeInvite', i.forum_id)) ? i.forum_id : undefined;
    },
  };
}
