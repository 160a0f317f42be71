// An organizer's actions on a forum's sessions, beside server/http/organizerRoutes.ts (which checks
// the login, CSRF and membership before calling here):
//   POST   /api/organizer/forums/:id/programme          a programme's sessions, created in the forum
//   POST   /api/organizer/forums/:id/sessions/:code/keys replace a staff link ({ role })
//   DELETE /api/organizer/forums/:id/sessions/:code      delete a session ({ confirm: its code })
import type { IncomingMessage } from 'node:http';
import * as v from 'valibot';
import type { Language } from '../../shared/definition.js';
import { inheritForum } from '../../shared/forum.js';
import type { ForumView, RotateForumKeyResponse } from '../../shared/organizerHttp.js';
import type { ProgrammeCreateResponse } from '../../shared/programme/http.js';
import { normalizeCode } from '../../shared/sessionCode.js';
import type { Role } from '../../shared/state.js';
import { ROTATABLE_ROLES } from '../registry.js';
import type { ForumRecord, OrganizerRecord } from '../store/forumStore.js';
import { type OrganizerDeps, jsonBody, refuse } from './organizerRoutes.js';
import { createProgramme, readProgramme } from './programme.js';
import { linksFor } from './routes.js';

export interface ForumRouteContext {
  req: IncomingMessage;
  method: string;
  lang: Language;
  now: number;
  origin: string;
  forum: ForumRecord;
  organizer: OrganizerRecord;
  send: (status: number, body: unknown) => void;
  forumView: (id: string, settings: ForumRecord['settings']) => Promise<ForumView>;
}

const RoleBody = v.object({ role: v.picklist(ROTATABLE_ROLES) });
const ConfirmCode = v.object({ confirm: v.pipe(v.string(), v.maxLength(40)) });

/** `rest` is what follows /forums/:id/. True when handled. */
export async function handleForumSessionRoutes(
  rest: string,
  ctx: ForumRouteContext,
  deps: OrganizerDeps,
): Promise<boolean> {
  const { req, method, lang, forum, store } = { ...ctx, store: deps.store };

  if (rest === 'programme' && method === 'POST') {
    const checked = await readProgramme(req, lang, (d) => inheritForum(forum.settings, d));
    const sessions = await createProgramme(
      checked,
      deps.registry,
      (code, keys) => linksFor(ctx.origin, code, keys),
      async (created) => {
        await store.addForumSession({
          forumId: forum.id,
          code: created.code,
          addedAt: ctx.now,
          links: {
            moderator: created.moderatorKey,
            rapporteur: created.rapporteurKey,
            projector: created.projectorKey,
            speaker: created.speakerKey,
          },
        });
      },
    );
    deps.log('info', 'forum programme created', { forum: forum.id, sessions: sessions.length });
    ctx.send(201, { sessions } satisfies ProgrammeCreateResponse);
    return true;
  }

  const m = /^sessions\/([^/]+)(\/keys)?$/.exec(rest);
  if (!m) return false;
  const code = normalizeCode(m[1]!);
  const held = code ? await store.getForumSession(code) : undefined;
  // Another forum's session answers like a missing one.
  if (!code || held?.forumId !== forum.id) throw refuse(404, 'session_not_in_forum', lang);

  if (m[2] && method === 'POST') {
    const { role } = await jsonBody(req, RoleBody, lang);
    const keys = await deps.registry.rotateKey(code, role);
    if (!keys) throw refuse(404, 'session_not_in_forum', lang);
    // The moderator's key also makes the speaker's: both screens go.
    const roles: Role[] = role === 'moderator' ? ['moderator', 'speaker'] : [role];
    deps.log('info', 'staff link replaced by an organizer', { forum: forum.id, code, role });
    await deps.disconnectRoles?.(code, roles);
    ctx.send(200, {
      view: await ctx.forumView(forum.id, forum.settings),
      role,
    } satisfies RotateForumKeyResponse);
    return true;
  }
  if (!m[2] && method === 'DELETE') {
    const { confirm } = await jsonBody(req, ConfirmCode, lang);
    if (normalizeCode(confirm) !== code) throw refuse(400, 'confirm_code', lang);
    if (!(await deps.deleteSession(code))) throw refuse(404, 'session_not_in_forum', lang);
    deps.log('info', 'forum session deleted', { forum: forum.id, code, organizer: ctx.organizer.id });
    ctx.send(200, await ctx.forumView(forum.id, forum.settings));
    return true;
  }
  return false;
}
