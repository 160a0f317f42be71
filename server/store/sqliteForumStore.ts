// The organizers' tables on SQLite (server/store/forumStore.ts), for the SQLite SessionStore.
import type Database from 'better-sqlite3';
import type { ForumRecord, ForumSessionRecord, ForumStore, OrganizerRecord } from './forumStore.js';

/** Migration 3 of the SQLite file (server/store/sqliteSessionStore.ts). */
export const SQLITE_FORUM_TABLES = `
CREATE TABLE organizers (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE logins (
  token_hash TEXT PRIMARY KEY,
  organizer_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX logins_by_organizer ON logins (organizer_id);
CREATE TABLE forums (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  settings TEXT NOT NULL
);
CREATE TABLE forum_members (
  forum_id TEXT NOT NULL,
  organizer_id TEXT NOT NULL,
  PRIMARY KEY (forum_id, organizer_id)
) WITHOUT ROWID;
CREATE TABLE forum_sessions (
  code TEXT PRIMARY KEY,
  forum_id TEXT NOT NULL,
  added_at INTEGER NOT NULL,
  links TEXT NOT NULL,
  erased_at INTEGER
);
CREATE INDEX forum_sessions_by_forum ON forum_sessions (forum_id);
CREATE TABLE forum_invites (
  token_hash TEXT PRIMARY KEY,
  forum_id TEXT NOT NULL,
  created_by TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
`;

interface OrganizerRow {
  id: string;
  email: string;
  password_hash: string;
  created_at: number;
}
interface ForumRow {
  id: string;
  created_at: number;
  settings: string;
}
interface ForumSessionRow {
  code: string;
  forum_id: string;
  added_at: number;
  links: string;
  erased_at: number | null;
}

const organizer = (r: OrganizerRow): OrganizerRecord => ({
  id: r.id,
  email: r.email,
  passwordHash: r.password_hash,
  createdAt: r.created_at,
});
const forum = (r: ForumRow): ForumRecord => ({ id: r.id, createdAt: r.created_at, settings: JSON.parse(r.settings) });
const forumSession = (r: ForumSessionRow): ForumSessionRecord => ({
  forumId: r.forum_id,
  code: r.code,
  addedAt: r.added_at,
  links: JSON.parse(r.links),
  ...(r.erased_at === null ? {} : { erasedAt: r.erased_at }),
});

/** `open` throws when the store is closed (F7). */
export function createSqliteForumMethods(db: Database.Database, open: () => void): ForumStore {
  const q = {
    insertOrganizer: db.prepare(
      'INSERT OR IGNORE INTO organizers (id, email, password_hash, created_at) VALUES (?, ?, ?, ?)',
    ),
    organizer: db.prepare('SELECT * FROM organizers WHERE id = ?'),
    organizerByEmail: db.prepare('SELECT * FROM organizers WHERE email = ?'),
    setPassword: db.prepare('UPDATE organizers SET password_hash = ? WHERE id = ?'),
    countOrganizers: db.prepare('SELECT count(*) FROM organizers').pluck(),
    insertLogin: db.prepare(
      'INSERT OR REPLACE INTO logins (token_hash, organizer_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    ),
    login: db.prepare('SELECT * FROM logins WHERE token_hash = ?'),
    deleteLogin: db.prepare('DELETE FROM logins WHERE token_hash = ?'),
    deleteLogins: db.prepare('DELETE FROM logins WHERE organizer_id = ? AND token_hash IS NOT ?'),
    insertForum: db.prepare('INSERT INTO forums (id, created_at, settings) VALUES (?, ?, ?)'),
    forum: db.prepare('SELECT * FROM forums WHERE id = ?'),
    hasForum: db.prepare('SELECT 1 FROM forums WHERE id = ?').pluck(),
    updateForum: db.prepare('UPDATE forums SET settings = ? WHERE id = ?'),
    forumsOf: db.prepare(
      'SELECT f.* FROM forums f JOIN forum_members m ON m.forum_id = f.id WHERE m.organizer_id = ? ORDER BY f.created_at, f.id',
    ),
    allForums: db.prepare('SELECT * FROM forums ORDER BY created_at, id'),
    deleteForum: db.prepare('DELETE FROM forums WHERE id = ?'),
    deleteMembers: db.prepare('DELETE FROM forum_members WHERE forum_id = ?'),
    deleteInvites: db.prepare('DELETE FROM forum_invites WHERE forum_id = ?'),
    forumCodes: db.prepare('SELECT code FROM forum_sessions WHERE forum_id = ? ORDER BY code').pluck(),
    deleteForumSessions: db.prepare('DELETE FROM forum_sessions WHERE forum_id = ?'),
    insertMember: db.prepare('INSERT OR IGNORE INTO forum_members (forum_id, organizer_id) VALUES (?, ?)'),
    isMember: db.prepare('SELECT 1 FROM forum_members WHERE forum_id = ? AND organizer_id = ?').pluck(),
    members: db.prepare(
      'SELECT o.* FROM organizers o JOIN forum_members m ON m.organizer_id = o.id WHERE m.forum_id = ? ORDER BY o.email',
    ),
    insertForumSession: db.prepare(
      'INSERT OR IGNORE INTO forum_sessions (code, forum_id, added_at, links, erased_at) VALUES (?, ?, ?, ?, ?)',
    ),
    forumSessions: db.prepare('SELECT * FROM forum_sessions WHERE forum_id = ? ORDER BY added_at, code'),
    forumSession: db.prepare('SELECT * FROM forum_sessions WHERE code = ?'),
    markErased: db.prepare('UPDATE forum_sessions SET erased_at = ? WHERE code = ? AND erased_at IS NULL'),
    setLinks: db.prepare('UPDATE forum_sessions SET links = ? WHERE code = ?'),
    insertInvite: db.prepare(
      'INSERT OR REPLACE INTO forum_invites (token_hash, forum_id, created_by, expires_at) VALUES (?, ?, ?, ?)',
    ),
    takeInvite: db.prepare('DELETE FROM forum_invites WHERE token_hash = ? RETURNING forum_id, expires_at'),
  };

  const createForumTx = db.transaction((f: ForumRecord, ownerId: string) => {
    q.insertForum.run(f.id, f.createdAt, JSON.stringify(f.settings));
    q.insertMember.run(f.id, ownerId);
  });
  const deleteForumTx = db.transaction((id: string): string[] => {
    const codes = q.forumCodes.all(id) as string[];
    q.deleteForumSessions.run(id);
    q.deleteInvites.run(id);
    q.deleteMembers.run(id);
    q.deleteForum.run(id);
    return codes;
  });
  const takeInviteTx = db.transaction((tokenHash: string, now: number): string | undefined => {
    const r = q.takeInvite.get(tokenHash) as { forum_id: string; expires_at: number } | undefined;
    if (!r || r.expires_at <= now || !q.hasForum.get(r.forum_id)) return undefined;
    return r.forum_id;
  });

  return {
    async createOrganizer(o) {
      open();
      if (q.organizer.get(o.id)) return false;
      return q.insertOrganizer.run(o.id, o.email, o.passwordHash, o.createdAt).changes === 1;
    },
    async getOrganizer(id) {
      open();
      const r = q.organizer.get(id) as OrganizerRow | undefined;
      return r && organizer(r);
    },
    async getOrganizerByEmail(email) {
      open();
      const r = q.organizerByEmail.get(email) as OrganizerRow | undefined;
      return r && organizer(r);
    },
    async setOrganizerPassword(id, passwordHash) {
      open();
      q.setPassword.run(passwordHash, id);
    },
    async countOrganizers() {
      open();
      return q.countOrganizers.get() as number;
    },
    async createLogin(l) {
      open();
      q.insertLogin.run(l.tokenHash, l.organizerId, l.createdAt, l.expiresAt);
    },
    async getLogin(tokenHash) {
      open();
      const r = q.login.get(tokenHash) as
        | { token_hash: string; organizer_id: string; created_at: number; expires_at: number }
        | undefined;
      return (
        r && { tokenHash: r.token_hash, organizerId: r.organizer_id, createdAt: r.created_at, expiresAt: r.expires_at }
      );
    },
    async deleteLogin(tokenHash) {
      open();
      q.deleteLogin.run(tokenHash);
    },
    async deleteLogins(organizerId, keep) {
      open();
      q.deleteLogins.run(organizerId, keep ?? null);
    },
    async createForum(f, ownerId) {
      open();
      createForumTx.immediate(f, ownerId);
    },
    async getForum(id) {
      open();
      const r = q.forum.get(id) as ForumRow | undefined;
      return r && forum(r);
    },
    async updateForum(id, settings) {
      open();
      return q.updateForum.run(JSON.stringify(settings), id).changes === 1;
    },
    async listForumsOf(organizerId) {
      open();
      return (q.forumsOf.all(organizerId) as ForumRow[]).map(forum);
    },
    async listForums() {
      open();
      return (q.allForums.all() as ForumRow[]).map(forum);
    },
    async deleteForum(id) {
      open();
      return deleteForumTx.immediate(id);
    },
    async addForumMember(forumId, organizerId) {
      open();
      if (!q.hasForum.get(forumId)) throw new Error(`addForumMember: unknown forum ${forumId}`);
      return q.insertMember.run(forumId, organizerId).changes === 1;
    },
    async isForumMember(forumId, organizerId) {
      open();
      return !!q.isMember.get(forumId, organizerId);
    },
    async listForumMembers(forumId) {
      open();
      return (q.members.all(forumId) as OrganizerRow[]).map(organizer);
    },
    async addForumSession(s) {
      open();
      if (!q.hasForum.get(s.forumId)) throw new Error(`addForumSession: unknown forum ${s.forumId}`);
      return (
        q.insertForumSession.run(s.code, s.forumId, s.addedAt, JSON.stringify(s.links), s.erasedAt ?? null).changes ===
        1
      );
    },
    async listForumSessions(forumId) {
      open();
      return (q.forumSessions.all(forumId) as ForumSessionRow[]).map(forumSession);
    },
    async getForumSession(code) {
      open();
      const r = q.forumSession.get(code) as ForumSessionRow | undefined;
      return r && forumSession(r);
    },
    async markErased(code, at) {
      open();
      return q.markErased.run(at, code).changes === 1;
    },
    async setForumSessionLinks(code, links) {
      open();
      return q.setLinks.run(JSON.stringify(links), code).changes === 1;
    },
    async createInvite(i) {
      open();
      q.insertInvite.run(i.tokenHash, i.forumId, i.createdBy, i.expiresAt);
    },
    async takeInvite(tokenHash, now) {
      open();
      return takeInviteTx.immediate(tokenHash, now);
    },
  };
}
