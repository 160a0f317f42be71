// The organizers' tables in memory (server/store/forumStore.ts), for the memory SessionStore.
import type {
  ForumRecord,
  ForumSessionRecord,
  ForumStore,
  InviteRecord,
  LoginRecord,
  OrganizerRecord,
} from './forumStore.js';

const copy = <T>(x: T): T => structuredClone(x);

/**
 * `open` throws when the store is closed (F7). `forgetSession` is for the session store's
 * deleteSession: a deleted session leaves its forum.
 */
export function createMemoryForumMethods(open: () => void): { methods: ForumStore; forgetSession(code: string): void } {
  const organizers = new Map<string, OrganizerRecord>();
  const logins = new Map<string, LoginRecord>();
  const forums = new Map<string, ForumRecord>();
  /** forumId -> organizer ids, in insertion order */
  const members = new Map<string, Set<string>>();
  const forumSessions = new Map<string, ForumSessionRecord>();
  const invites = new Map<string, InviteRecord>();

  const byEmail = (email: string) => [...organizers.values()].find((o) => o.email === email);

  const methods: ForumStore = {
    async createOrganizer(o) {
      open();
      if (organizers.has(o.id) || byEmail(o.email)) return false;
      organizers.set(o.id, copy(o));
      return true;
    },
    async getOrganizer(id) {
      open();
      const o = organizers.get(id);
      return o && copy(o);
    },
    async getOrganizerByEmail(email) {
      open();
      const o = byEmail(email);
      return o && copy(o);
    },
    async setOrganizerPassword(id, passwordHash) {
      open();
      const o = organizers.get(id);
      if (o) o.passwordHash = passwordHash;
    },
    async countOrganizers() {
      open();
      return organizers.size;
    },
    async createLogin(l) {
      open();
      logins.set(l.tokenHash, copy(l));
    },
    async getLogin(tokenHash) {
      open();
      const l = logins.get(tokenHash);
      return l && copy(l);
    },
    async deleteLogin(tokenHash) {
      open();
      logins.delete(tokenHash);
    },
    async deleteLogins(organizerId, keep) {
      open();
      for (const [h, l] of logins) if (l.organizerId === organizerId && h !== keep) logins.delete(h);
    },
    async createForum(f, ownerId) {
      open();
      if (forums.has(f.id)) throw new Error(`createForum: forum ${f.id} exists`);
      forums.set(f.id, copy(f));
      members.set(f.id, new Set([ownerId]));
    },
    async getForum(id) {
      open();
      const f = forums.get(id);
      return f && copy(f);
    },
    async updateForum(id, settings) {
      open();
      const f = forums.get(id);
      if (!f) return false;
      f.settings = copy(settings);
      return true;
    },
    async listForumsOf(organizerId) {
      open();
      return [...forums.values()]
        .filter((f) => members.get(f.id)?.has(organizerId))
        .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
        .map((x) => copy(x));
    },
    async listForums() {
      open();
      return [...forums.values()]
        .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
        .map((x) => copy(x));
    },
    async deleteForum(id) {
      open();
      const codes = [...forumSessions.values()].filter((s) => s.forumId === id).map((s) => s.code);
      for (const c of codes) forumSessions.delete(c);
      for (const [h, i] of invites) if (i.forumId === id) invites.delete(h);
      members.delete(id);
      forums.delete(id);
      return codes.sort();
    },
    async addForumMember(forumId, organizerId) {
      open();
      const m = members.get(forumId);
      if (!m) throw new Error(`addForumMember: unknown forum ${forumId}`);
      if (m.has(organizerId)) return false;
      m.add(organizerId);
      return true;
    },
    async isForumMember(forumId, organizerId) {
      open();
      return members.get(forumId)?.has(organizerId) ?? false;
    },
    async listForumMembers(forumId) {
      open();
      return [...(members.get(forumId) ?? [])]
        .map((id) => organizers.get(id))
        .filter((o): o is OrganizerRecord => !!o)
        .sort((a, b) => (a.email < b.email ? -1 : 1))
        .map((x) => copy(x));
    },
    async addForumSession(s) {
      open();
      if (!forums.has(s.forumId)) throw new Error(`addForumSession: unknown forum ${s.forumId}`);
      if (forumSessions.has(s.code)) return false;
      forumSessions.set(s.code, copy(s));
      return true;
    },
    async listForumSessions(forumId) {
      open();
      return [...forumSessions.values()]
        .filter((s) => s.forumId === forumId)
        .sort((a, b) => a.addedAt - b.addedAt || (a.code < b.code ? -1 : 1))
        .map((x) => copy(x));
    },
    async getForumSession(code) {
      open();
      const s = forumSessions.get(code);
      return s && copy(s);
    },
    async markErased(code, at) {
      open();
      const s = forumSessions.get(code);
      if (!s || s.erasedAt !== undefined) return false;
      s.erasedAt = at;
      return true;
    },
    async setForumSessionLinks(code, links) {
      open();
      const s = forumSessions.get(code);
      if (!s) return false;
      s.links = { ...links };
      return true;
    },
    async createInvite(i) {
      open();
      invites.set(i.tokenHash, copy(i));
    },
    async takeInvite(tokenHash, now) {
      open();
      const i = invites.get(tokenHash);
      if (!i) return undefined;
      invites.delete(tokenHash);
      return i.expiresAt > now && forums.has(i.forumId) ? i.forumId : undefined;
    },
  };
  return { methods, forgetSession: (code) => void forumSessions.delete(code) };
}
