// The organizers' part of the store: accounts, login sessions, forums, who organizes which forum,
// which sessions belong to a forum, one-time invitations. Part of SessionStore (it extends this),
// so the three engines (memory, SQLite, PostgreSQL) implement it and pass one contract suite
// (tests/server/store/contract/forumContract.ts).
//
// RULES (F-numbered; tests refer to them)
//
//  F1  Organizers. `createOrganizer` resolves false and writes nothing when the e-mail address is
//      taken. Addresses are stored and compared as given: callers normalize them first
//      (server/organizers/email.ts). `countOrganizers` counts every account.
//  F2  Login sessions are keyed by the SHA-256 of their cookie token (never the token). `getLogin`
//      answers one whatever its expiry (the caller compares with its clock); `deleteLogins(id,
//      keep)` removes every login of an organizer except `keep` (a password change).
//  F3  Forums. `createForum(forum, ownerId)` writes the forum and its first organizer together.
//      `listForumsOf` answers the forums an organizer belongs to, oldest first. `deleteForum`
//      removes the forum, its members, invitations and session links, and answers the codes of its
//      sessions (the sessions themselves are the caller's to delete).
//  F4  Members. `addForumMember` is idempotent (true when added, false when already there).
//  F5  Forum sessions. A session belongs to at most one forum: `addForumSession` resolves false
//      when the code is already in a forum. `links` holds the staff keys of a forum session (the
//      organizers' links sheet needs them; keys of sessions outside forums are never stored).
//      `markErased(code, at)` records that the retention job erased its names (once: false when
//      already marked or unknown).
//  F6  Invitations are single use: `takeInvite(tokenHash, now)` resolves the forum id and deletes
//      the invitation atomically, so of two concurrent takes exactly one gets it; an expired one
//      resolves undefined (and is deleted).
//  F7  Like the rest of the store: values are copies (R14), closed stores reject (R13).
import type { ForumSettings } from '../../shared/forum.js';

export interface OrganizerRecord {
  id: string;
  email: string;
  /** scrypt$N$r$p$salt$hash (server/organizers/password.ts). */
  passwordHash: string;
  createdAt: number;
}

export interface LoginRecord {
  tokenHash: string;
  organizerId: string;
  createdAt: number;
  expiresAt: number;
}

export interface ForumRecord {
  id: string;
  createdAt: number;
  settings: ForumSettings;
}

export interface StaffKeys {
  moderator: string;
  rapporteur: string;
  projector: string;
  speaker?: string;
}

export interface ForumSessionRecord {
  forumId: string;
  code: string;
  addedAt: number;
  links: StaffKeys;
  /** When the retention job erased the participants' names (F5). */
  erasedAt?: number;
}

export interface InviteRecord {
  tokenHash: string;
  forumId: string;
  createdBy: string;
  expiresAt: number;
}

export interface ForumStore {
  createOrganizer(o: OrganizerRecord): Promise<boolean>;
  getOrganizer(id: string): Promise<OrganizerRecord | undefined>;
  getOrganizerByEmail(email: string): Promise<OrganizerRecord | undefined>;
  setOrganizerPassword(id: string, passwordHash: string): Promise<void>;
  countOrganizers(): Promise<number>;

  createLogin(l: LoginRecord): Promise<void>;
  getLogin(tokenHash: string): Promise<LoginRecord | undefined>;
  deleteLogin(tokenHash: string): Promise<void>;
  deleteLogins(organizerId: string, keepTokenHash?: string): Promise<void>;

  createForum(f: ForumRecord, ownerId: string): Promise<void>;
  getForum(id: string): Promise<ForumRecord | undefined>;
  updateForum(id: string, settings: ForumSettings): Promise<boolean>;
  listForumsOf(organizerId: string): Promise<ForumRecord[]>;
  /** Every forum, oldest first (the retention job). */
  listForums(): Promise<ForumRecord[]>;
  deleteForum(id: string): Promise<string[]>;

  addForumMember(forumId: string, organizerId: string): Promise<boolean>;
  isForumMember(forumId: string, organizerId: string): Promise<boolean>;
  listForumMembers(forumId: string): Promise<OrganizerRecord[]>;

  addForumSession(s: ForumSessionRecord): Promise<boolean>;
  listForumSessions(forumId: string): Promise<ForumSessionRecord[]>;
  getForumSession(code: string): Promise<ForumSessionRecord | undefined>;
  markErased(code: string, at: number): Promise<boolean>;
  /** A staff link of a forum session replaced (rotation): the links sheet hands out the new keys. False when not a forum session. */
  setForumSessionLinks(code: string, links: StaffKeys): Promise<boolean>;

  createInvite(i: InviteRecord): Promise<void>;
  takeInvite(tokenHash: string, now: number): Promise<string | undefined>;
}

/** The method names, for engines that forward calls (the SQLite worker). */
export const FORUM_OPS = [
  'createOrganizer',
  'getOrganizer',
  'getOrganizerByEmail',
  'setOrganizerPassword',
  'countOrganizers',
  'createLogin',
  'getLogin',
  'deleteLogin',
  'deleteLogins',
  'createForum',
  'getForum',
  'updateForum',
  'listForumsOf',
  'listForums',
  'deleteForum',
  'addForumMember',
  'isForumMember',
  'listForumMembers',
  'addForumSession',
  'listForumSessions',
  'getForumSession',
  'markErased',
  'setForumSessionLinks',
  'createInvite',
  'takeInvite',
] as const satisfies readonly (keyof ForumStore)[];

// Every method is listed (a compile error otherwise).
type Missing = Exclude<keyof ForumStore, (typeof FORUM_OPS)[number]>;
const _allListed: Missing extends never ? true : never = true;
void _allListed;
