// The organizer API (/api/organizer/...): first-organizer setup, login, logout, password change,
// forums, their sessions (with every staff link kept server-side), adoption of a session made
// without logging in, co-organizers (by address or one-time link). docs/protocol.md lists them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as v from 'valibot';
import { type DefinitionInput, type Language, parseDefinition } from '../../shared/definition.js';
import { type ForumSettings, ForumSettingsSchema, inheritForum } from '../../shared/forum.js';
import { ORGANIZER_ERRORS, type OrganizerError, organizerMessage } from '../../shared/organizerErrors.js';
import {
  CSRF_COOKIE,
  type ForumSummary,
  type ForumView,
  type InviteLinkResponse,
  type OrganizerMe,
} from '../../shared/organizerHttp.js';
import type { Role } from '../../shared/state.js';
import { compareProgramme, sessionSlot } from '../../shared/forumProgramme.js';
import { normalizeCode } from '../../shared/sessionCode.js';
import { hashSecret, newId, newToken, secretMatches, speakerKeyOf } from '../keys.js';
import type { Logger } from '../log.js';
import {
  clearLoginCookie,
  cookies,
  csrfCookie,
  csrfOk,
  loginCookie,
  loginToken,
  newCsrfToken,
  organizerOf,
  startLogin,
} from '../organizers/auth.js';
import {
  decoyHash,
  hashPassword,
  isEmail,
  normalizeEmail,
  passwordProblem,
  verifyPassword,
} from '../organizers/password.js';
import type { KeyedLimiter } from '../rateLimit.js';
import type { Registry } from '../registry.js';
import type { ForumSessionRecord, OrganizerRecord, StaffKeys } from '../store/forumStore.js';
import type { SessionStore } from '../store/sessionStore.js';
import { handleForumSessionRoutes } from './forumSessionRoutes.js';
import { linksFor } from './routes.js';
import { handleForumReports } from './forumReportRoutes.js';
import type { Committer } from '../committer.js';
import type { BoardSource } from '../board/boardSource.js';
import { handleBoardRoute } from './boardRoutes.js';
import { HttpError, clientAddress, languageOf, readBody, sendJson } from './util.js';

export interface OrganizerLimiters {
  /** Login (and setup, password change) attempts per e-mail address. */
  loginPerEmail: KeyedLimiter;
  /** The same attempts per client address. */
  loginPerAddress: KeyedLimiter;
}

export interface OrganizerDeps {
  store: SessionStore;
  registry: Registry;
  clock: () => number;
  log: Logger;
  publicUrl?: string;
  trustProxy?: boolean;
  limits: OrganizerLimiters;
  /** The request's Origin is ours (or absent): app.ts's originAllowed. */
  originOk: (req: IncomingMessage) => boolean;
  /** Reads of a session wait for its commits in flight (the forum's reports). */
  committer?: Committer;
  /** Deletes a session and everything it holds, as its moderator would (app.ts). */
  deleteSession: (code: string) => Promise<boolean>;
  /** Disconnects a session's screens of these roles (a replaced link; app.ts). */
  disconnectRoles?: (code: string, roles: readonly Role[] | 'all') => Promise<void>;
  /** The forums' status boards (server/board/); absent: no board route. */
  board?: BoardSource;
}

let setupQueue: Promise<unknown> = Promise.resolve();
/** Runs `fn` after every earlier call has settled (the first-organizer setup). */
function serially<T>(fn: () => Promise<T>): Promise<T> {
  const next = setupQueue.then(fn, fn);
  setupQueue = next.catch(() => {});
  return next;
}

/** A one-time invitation link is valid this long. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60_000;
const BODY_LIMIT = 512 * 1024;

export const refuse = (status: number, code: OrganizerError, lang: Language, extra: Record<string, unknown> = {}) =>
  new HttpError(status, { error: code, message: organizerMessage(code, lang), ...extra });

const Credentials = v.object({
  email: v.pipe(v.string(), v.maxLength(300)),
  password: v.pipe(v.string(), v.maxLength(1000)),
});
const PasswordChange = v.object({
  current: v.pipe(v.string(), v.maxLength(1000)),
  next: v.pipe(v.string(), v.maxLength(1000)),
});
const EmailBody = v.object({ email: v.pipe(v.string(), v.maxLength(300)) });
const TokenBody = v.object({ token: v.pipe(v.string(), v.maxLength(100)) });
const AdoptBody = v.object({
  moderator: v.pipe(v.string(), v.maxLength(2000)),
  rapporteur: v.optional(v.pipe(v.string(), v.maxLength(2000)), ''),
  projector: v.optional(v.pipe(v.string(), v.maxLength(2000)), ''),
});
const ConfirmBody = v.object({ confirm: v.pipe(v.string(), v.maxLength(400)) });

export async function jsonBody<S extends v.GenericSchema>(req: IncomingMessage, schema: S, lang: Language) {
  const raw = await readBody(req, BODY_LIMIT);
  let input: unknown;
  try {
    input = JSON.parse(raw.toString('utf8') || '{}');
  } catch {
    throw refuse(400, 'invalid', lang);
  }
  const r = v.safeParse(schema, input);
  if (!r.success)
    throw refuse(400, 'invalid', lang, {
      issues: r.issues.map((i) => ({ path: v.getDotPath(i) ?? '', message: i.message })),
    });
  return r.output as v.InferOutput<S>;
}

/** A staff link of this server (or any origin: the path and key say what it is). */
function parseStaffLink(link: string, role: string): { code: string; key: string } | null {
  const m = new RegExp(`/${role}/([^/#?]+)[^#]*#key=([A-Za-z0-9_-]{8,100})\\s*$`).exec(link.trim());
  const code = m ? normalizeCode(m[1]!) : null;
  return m && code ? { code, key: m[2]! } : null;
}

export async function handleOrganizerApi(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: OrganizerDeps,
): Promise<boolean> {
  const path = url.pathname;
  if (path !== '/api/organizer' && !path.startsWith('/api/organizer/')) return false;
  const lang = languageOf(req);
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
  const secure = (deps.publicUrl ?? '').startsWith('https:');
  const { store } = deps;
  const now = deps.clock();
  const origin = (deps.publicUrl ?? `http://${req.headers.host ?? 'localhost'}`).replace(/\/$/, '');
  const address = clientAddress(req, deps.trustProxy);
  const send = (status: number, body: unknown, setCookies: string[] = []) => {
    if (setCookies.length) res.setHeader('set-cookie', setCookies);
    sendJson(res, status, body);
  };

  /** Every attempt at a password counts, per address and per e-mail address. */
  const takeAttempt = (email: string) => {
    const a = deps.limits.loginPerAddress.take(address);
    const e = deps.limits.loginPerEmail.take(email);
    if (!a || !e) {
      const wait = Math.max(
        deps.limits.loginPerAddress.retryAfterSeconds(address),
        deps.limits.loginPerEmail.retryAfterSeconds(email),
        1,
      );
      const err = refuse(429, 'rate_limited', lang);
      err.headers['retry-after'] = String(wait);
      throw err;
    }
  };
  const requireOrganizer = async (): Promise<OrganizerRecord> => {
    const o = await organizerOf(req, store, now);
    if (!o) throw refuse(401, 'login_required', lang);
    return o;
  };
  const requireForum = async (o: OrganizerRecord, id: string) => {
    const f = await store.getForum(id);
    // Someone else's forum answers like a missing one: its existence is not theirs to learn.
    if (!f || !(await store.isForumMember(id, o.id))) throw refuse(404, 'forum_not_found', lang);
    return f;
  };

  try {
    if (method !== 'GET' && !csrfOk(req, deps.originOk)) {
      deps.log('warn', 'organizer request refused: CSRF', { path });
      throw refuse(403, 'csrf', lang);
    }

    if (path === '/api/organizer/me' && method === 'GET') {
      const o = await organizerOf(req, store, now);
      const setupNeeded = !o && (await store.countOrganizers()) === 0;
      const set = cookies(req).get(CSRF_COOKIE) ? [] : [csrfCookie(newCsrfToken(), secure)];
      send(200, { setupNeeded, organizer: o ? { id: o.id, email: o.email } : null } satisfies OrganizerMe, set);
      return true;
    }
    if (path === '/api/organizer/setup' && method === 'POST') {
      const body = await jsonBody(req, Credentials, lang);
      const email = normalizeEmail(body.email);
      takeAttempt(email);
      // One setup at a time on this node: two first visits at once cannot both create an account.
      const o = await serially(async () => {
        if ((await store.countOrganizers()) > 0) throw refuse(409, 'setup_done', lang);
        return createOrganizer(store, email, body.password, now, lang);
      });
      deps.log('info', 'first organizer created', { organizer: o.id });
      const token = await startLogin(store, o, now);
      send(201, { setupNeeded: false, organizer: { id: o.id, email: o.email } } satisfies OrganizerMe, [
        loginCookie(token, secure),
      ]);
      return true;
    }
    if (path === '/api/organizer/login' && method === 'POST') {
      const body = await jsonBody(req, Credentials, lang);
      const email = normalizeEmail(body.email);
      takeAttempt(email);
      const o = await store.getOrganizerByEmail(email);
      const ok = await verifyPassword(body.password, o?.passwordHash ?? (await decoyHash()));
      if (!o || !ok) {
        deps.log('warn', 'organizer login failed', { address });
        throw refuse(401, 'login_failed', lang);
      }
      const token = await startLogin(store, o, now);
      send(200, { setupNeeded: false, organizer: { id: o.id, email: o.email } } satisfies OrganizerMe, [
        loginCookie(token, secure),
      ]);
      return true;
    }
    if (path === '/api/organizer/logout' && method === 'POST') {
      const token = loginToken(req);
      if (token) await store.deleteLogin(hashSecret(token));
      send(200, { ok: true }, [clearLoginCookie(secure)]);
      return true;
    }

    // Everything below needs a login.
    const me = await requireOrganizer();

    if (path === '/api/organizer/password' && method === 'POST') {
      const body = await jsonBody(req, PasswordChange, lang);
      takeAttempt(me.email);
      if (!(await verifyPassword(body.current, me.passwordHash))) throw refuse(403, 'wrong_password', lang);
      const problem = passwordProblem(body.next);
      if (problem) throw refuse(400, problem, lang);
      await store.setOrganizerPassword(me.id, await hashPassword(body.next));
      // Every other login of this organizer ends (a stolen cookie stops working).
      await store.deleteLogins(me.id, hashSecret(loginToken(req)!));
      send(200, { ok: true });
      return true;
    }
    if (path === '/api/organizer/forums' && method === 'GET') {
      const forums = await store.listForumsOf(me.id);
      const out: ForumSummary[] = [];
      for (const f of forums)
        out.push({ id: f.id, settings: f.settings, sessions: (await store.listForumSessions(f.id)).length });
      send(200, out);
      return true;
    }
    if (path === '/api/organizer/forums' && method === 'POST') {
      const settings = await jsonBody(req, ForumSettingsSchema, lang);
      const id = newId();
      await store.createForum({ id, createdAt: now, settings }, me.id);
      deps.log('info', 'forum created', { forum: id, organizer: me.id });
      send(201, await forumView(id, settings));
      return true;
    }
    if (path === '/api/organizer/invites/accept' && method === 'POST') {
      const { token } = await jsonBody(req, TokenBody, lang);
      const forumId = await store.takeInvite(hashSecret(token), now);
      if (!forumId) throw refuse(404, 'invite_invalid', lang);
      await store.addForumMember(forumId, me.id);
      send(200, { forumId });
      return true;
    }

    const inForum =
      /^\/api\/organizer\/forums\/([A-Za-z0-9_-]{1,64})\/(programme|sessions\/[^/]{1,20}(?:\/keys)?)$/.exec(path);
    if (inForum) {
      const forum = await requireForum(me, inForum[1]!);
      const ctx = { req, method, lang, now, origin, forum, organizer: me, send, forumView };
      if (await handleForumSessionRoutes(inForum[2]!, ctx, deps)) return true;
      throw refuse(404, 'not_found', lang);
    }
    if (await handleForumReports(res, path, method, lang, (id) => requireForum(me, id), deps)) return true;

    const m = /^\/api\/organizer\/forums\/([A-Za-z0-9_-]{1,64})(?:\/([a-z]+))?$/.exec(path);
    if (!m) throw refuse(404, 'not_found', lang);
    const forum = await requireForum(me, m[1]!);
    const sub = m[2] ?? '';

    if (sub === '' && method === 'GET') {
      send(200, await forumView(forum.id, forum.settings));
      return true;
    }
    if (sub === '' && method === 'PUT') {
      const settings = await jsonBody(req, ForumSettingsSchema, lang);
      await store.updateForum(forum.id, settings);
      send(200, await forumView(forum.id, settings));
      return true;
    }
    if (sub === '' && method === 'DELETE') {
      const { confirm } = await jsonBody(req, ConfirmBody, lang);
      if (confirm.trim() !== forum.settings.name) throw refuse(400, 'confirm_name', lang);
      const codes = await store.deleteForum(forum.id);
      // A whole forum goes with its sessions and everything they hold; their screens are told.
      for (const code of codes) await deps.deleteSession(code);
      deps.log('info', 'forum deleted', { forum: forum.id, organizer: me.id, sessions: codes.length });
      send(200, { ok: true, sessions: codes });
      return true;
    }
    if (sub === 'sessions' && method === 'POST') {
      const raw = await readBody(req, BODY_LIMIT);
      let input: unknown;
      try {
        input = JSON.parse(raw.toString('utf8') || '{}');
      } catch {
        throw refuse(400, 'invalid', lang);
      }
      if (typeof input !== 'object' || input === null || Array.isArray(input)) throw refuse(400, 'invalid', lang);
      const parsed = parseDefinition(inheritForum(forum.settings, input as DefinitionInput));
      if (!parsed.ok) throw refuse(400, 'invalid', lang, { issues: parsed.issues });
      const created = await deps.registry.create(parsed.definition);
      await store.addForumSession({
        forumId: forum.id,
        code: created.code,
        addedAt: now,
        links: {
          moderator: created.moderatorKey,
          rapporteur: created.rapporteurKey,
          projector: created.projectorKey,
          speaker: created.speakerKey,
        },
      });
      deps.log('info', 'forum session created', { forum: forum.id, code: created.code });
      send(201, { code: created.code, links: linksFor(origin, created.code, created) });
      return true;
    }
    if (sub === 'adopt' && method === 'POST') {
      const body = await jsonBody(req, AdoptBody, lang);
      const mod = parseStaffLink(body.moderator, 'moderator');
      const rec = mod ? await deps.registry.record(mod.code) : undefined;
      if (!mod || !rec || !secretMatches(mod.key, rec.moderatorKeyHash)) throw refuse(400, 'bad_link', lang);
      // The other links are optional: only the moderator's can be checked against nothing else.
      const other = (link: string, role: 'rapporteur' | 'projector', hash: string) => {
        if (!link.trim()) return '';
        const p = parseStaffLink(link, role);
        if (!p || p.code !== mod.code || !secretMatches(p.key, hash)) throw refuse(400, 'bad_link', lang);
        return p.key;
      };
      const links: StaffKeys = {
        moderator: mod.key,
        rapporteur: other(body.rapporteur, 'rapporteur', rec.rapporteurKeyHash),
        projector: other(body.projector, 'projector', rec.projectorKeyHash),
        ...(rec.speakerKeyHash ? { speaker: speakerKeyOf(mod.key) } : {}),
      };
      if (!(await store.addForumSession({ forumId: forum.id, code: mod.code, addedAt: now, links })))
        throw refuse(409, 'in_a_forum', lang);
      deps.log('info', 'session adopted', { forum: forum.id, code: mod.code });
      send(200, await forumView(forum.id, forum.settings));
      return true;
    }
    if (sub === 'members' && method === 'POST') {
      const { email } = await jsonBody(req, EmailBody, lang);
      const other = await store.getOrganizerByEmail(normalizeEmail(email));
      if (!other) throw refuse(404, 'no_organizer', lang);
      await store.addForumMember(forum.id, other.id);
      send(200, await forumView(forum.id, forum.settings));
      return true;
    }
    if (sub === 'invites' && method === 'POST') {
      const token = newToken();
      const expiresAt = now + INVITE_TTL_MS;
      await store.createInvite({ tokenHash: hashSecret(token), forumId: forum.id, createdBy: me.id, expiresAt });
      send(201, { link: `${origin}/organizer/#invite=${token}`, expiresAt } satisfies InviteLinkResponse);
      return true;
    }
    if (await handleBoardRoute({ sub, method, forum, res, board: deps.board, clock: deps.clock })) return true;
    throw refuse(404, 'not_found', lang);
  } catch (e) {
    if (e instanceof HttpError) {
      const code = e.body.error as OrganizerError;
      const message = e.body.message ?? organizerMessage(code in ORGANIZER_ERRORS ? code : 'invalid', lang);
      sendJson(res, e.status, { ...e.body, message }, e.headers);
      return true;
    }
    deps.log('error', 'organizer handler failed', { path, err: String(e) });
    sendJson(res, 500, { error: 'internal', message: organizerMessage('internal', lang) });
    return true;
  }

  async function forumView(id: string, settings: ForumSettings): Promise<ForumView> {
    const sessions = await store.listForumSessions(id);
    const members = await store.listForumMembers(id);
    return {
      id,
      settings,
      members: members.map((o) => ({ id: o.id, email: o.email })),
      sessions: (await Promise.all(sessions.map((s) => sessionView(s)))).sort(compareProgramme),
    };
  }

  async function sessionView(s: ForumSessionRecord): Promise<ForumView['sessions'][number]> {
    const rec = await deps.registry.record(s.code);
    const d = rec?.definition;
    const all = linksFor(origin, s.code, {
      moderatorKey: s.links.moderator,
      rapporteurKey: s.links.rapporteur,
      projectorKey: s.links.projector,
      speakerKey: s.links.speaker ?? '',
    });
    return {
      ...sessionSlot(s.code, d),
      moderator: d?.moderator.name ?? '',
      // A key not known (a session adopted with its moderator link only) has no link.
      links: {
        moderator: all.moderator,
        participant: all.participant,
        ...(s.links.rapporteur ? { rapporteur: all.rapporteur } : {}),
        ...(s.links.projector ? { projector: all.projector } : {}),
        ...(s.links.speaker ? { speaker: all.speaker } : {}),
      },
    };
  }
}

/** Creates an organizer (the CLI and the first visit): refuses a bad address or a weak password. */
export async function createOrganizer(
  store: SessionStore,
  email: string,
  password: string,
  now: number,
  lang: Language,
): Promise<OrganizerRecord> {
  if (!isEmail(email)) throw refuse(400, 'bad_email', lang);
  const problem = passwordProblem(password);
  if (problem) throw refuse(400, problem, lang);
  const o: OrganizerRecord = { id: newId(), email, passwordHash: await hashPassword(password), createdAt: now };
  if (!(await store.createOrganizer(o))) throw refuse(409, 'email_taken', lang);
  return o;
}
