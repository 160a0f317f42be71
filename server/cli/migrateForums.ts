// The organizers' part of `palabre migrate-store`: organizers (with their password hashes, so they
// log in as before), their unexpired logins, forums, members, the forums' sessions with their staff
// links and erasure marks, and pending invitations. Like the sessions, a run can be repeated: what
// is already there is compared, not copied twice; a difference is an error.
import { isDeepStrictEqual } from 'node:util';
import type Database from 'better-sqlite3';
import type { ForumSessionRecord, InviteRecord, LoginRecord, OrganizerRecord } from '../store/forumStore.js';
import type { SessionStore } from '../store/sessionStore.js';

export interface ForumMigrateSummary {
  organizers: number;
  forums: number;
  forumSessions: number;
}

/** Equal as stored values (an absent field and an undefined one are the same). */
const same = (a: unknown, b: unknown) =>
  isDeepStrictEqual(JSON.parse(JSON.stringify(a ?? null)), JSON.parse(JSON.stringify(b ?? null)));

const byCode = (a: ForumSessionRecord, b: ForumSessionRecord) => (a.code < b.code ? -1 : 1);

export async function migrateForums(
  from: SessionStore,
  raw: Database.Database,
  to: SessionStore,
  now: number,
  progress: (line: string) => void = () => {},
): Promise<ForumMigrateSummary> {
  const organizers = raw
    .prepare<[], { id: string; email: string; password_hash: string; created_at: number }>(
      'SELECT id, email, password_hash, created_at FROM organizers ORDER BY created_at, id',
    )
    .all()
    .map(
      (o): OrganizerRecord => ({ id: o.id, email: o.email, passwordHash: o.password_hash, createdAt: o.created_at }),
    );
  for (const o of organizers) {
    if (!(await to.createOrganizer(o)) && !same(await to.getOrganizer(o.id), o))
      throw new Error(`organizer ${o.email}: a different account has this id or address in PostgreSQL`);
  }
  const logins = raw
    .prepare<[number], { token_hash: string; organizer_id: string; created_at: number; expires_at: number }>(
      'SELECT token_hash, organizer_id, created_at, expires_at FROM logins WHERE expires_at > ?',
    )
    .all(now)
    .map(
      (l): LoginRecord => ({
        tokenHash: l.token_hash,
        organizerId: l.organizer_id,
        createdAt: l.created_at,
        expiresAt: l.expires_at,
      }),
    );
  for (const l of logins) if (!(await to.getLogin(l.tokenHash))) await to.createLogin(l);

  const forums = await from.listForums();
  let forumSessions = 0;
  for (const f of forums) {
    const members = await from.listForumMembers(f.id);
    const sessions = (await from.listForumSessions(f.id)).sort(byCode);
    const existing = await to.getForum(f.id);
    if (existing) {
      if (!same(existing, f)) throw new Error(`forum ${f.settings.name}: differs in PostgreSQL`);
    } else {
      const owner = members[0];
      if (!owner) throw new Error(`forum ${f.settings.name}: has no organizer`);
      await to.createForum(f, owner.id);
      // Invitations are copied with the forum, once: taking one deletes it, so a rerun cannot tell.
      const invites = raw
        .prepare<[string, number], { token_hash: string; forum_id: string; created_by: string; expires_at: number }>(
          'SELECT token_hash, forum_id, created_by, expires_at FROM forum_invites WHERE forum_id = ? AND expires_at > ?',
        )
        .all(f.id, now)
        .map(
          (i): InviteRecord => ({
            tokenHash: i.token_hash,
            forumId: i.forum_id,
            createdBy: i.created_by,
            expiresAt: i.expires_at,
          }),
        );
      for (const i of invites) await to.createInvite(i);
    }
    for (const m of members) await to.addForumMember(f.id, m.id);
    for (const s of sessions) await to.addForumSession(s);
    // Verify: the same members and the same sessions, links and erasure marks.
    const gotMembers = (await to.listForumMembers(f.id)).map((m) => m.id).sort();
    if (!isDeepStrictEqual(gotMembers, members.map((m) => m.id).sort()))
      throw new Error(`forum ${f.settings.name}: its organizers differ`);
    const gotSessions = (await to.listForumSessions(f.id)).sort(byCode);
    if (!same(gotSessions, sessions)) throw new Error(`forum ${f.settings.name}: its sessions differ`);
    forumSessions += sessions.length;
    progress(`forum ${f.settings.name}: ${members.length} organizers, ${sessions.length} sessions\n`);
  }
  return { organizers: organizers.length, forums: forums.length, forumSessions };
}
