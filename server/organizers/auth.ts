// Organizer login sessions and CSRF: cookies in, an organizer (or a refusal) out.
//
// CSRF: every state-changing organizer route (POST, PUT, DELETE under /api/organizer/) needs BOTH
//  - a double-submit token: the `x-palabre-csrf` header equal to the `palabre_csrf` cookie (set by
//    GET /api/organizer/me; another site can neither read it nor set our header), and
//  - an Origin, when the browser sends one, that is this server's own (PUBLIC_URL or the Host).
// The login cookie itself is httpOnly and SameSite=Lax (Secure when PUBLIC_URL is https).
import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { CSRF_COOKIE, CSRF_HEADER, LOGIN_COOKIE } from '../../shared/organizerHttp.js';
import { hashSecret, newToken } from '../keys.js';
import type { OrganizerRecord } from '../store/forumStore.js';
import type { SessionStore } from '../store/sessionStore.js';

/** A login lasts this long. */
export const LOGIN_TTL_MS = 14 * 24 * 60 * 60_000;

export function cookies(req: IncomingMessage): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const name = part.slice(0, i).trim();
    if (!out.has(name)) out.set(name, part.slice(i + 1).trim());
  }
  return out;
}

function cookieAttrs(secure: boolean, maxAgeSeconds: number, httpOnly: boolean, sameSite: 'Lax' | 'Strict'): string {
  return `; Path=/; Max-Age=${maxAgeSeconds}; SameSite=${sameSite}${httpOnly ? '; HttpOnly' : ''}${secure ? '; Secure' : ''}`;
}

export const loginCookie = (token: string, secure: boolean): string =>
  `${LOGIN_COOKIE}=${token}${cookieAttrs(secure, LOGIN_TTL_MS / 1000, true, 'Lax')}`;
export const clearLoginCookie = (secure: boolean): string => `${LOGIN_COOKIE}=${cookieAttrs(secure, 0, true, 'Lax')}`;
export const csrfCookie = (token: string, secure: boolean): string =>
  `${CSRF_COOKIE}=${token}${cookieAttrs(secure, 365 * 24 * 3600, false, 'Strict')}`;

/** Creates a login for `o` and answers the cookie token (only its hash is stored). */
export async function startLogin(store: SessionStore, o: OrganizerRecord, now: number): Promise<string> {
  const token = newToken();
  await store.createLogin({
    tokenHash: hashSecret(token),
    organizerId: o.id,
    createdAt: now,
    expiresAt: now + LOGIN_TTL_MS,
  });
  return token;
}

export const loginToken = (req: IncomingMessage): string | undefined => cookies(req).get(LOGIN_COOKIE) || undefined;

/** The organizer whose unexpired login cookie came with the request, or undefined. */
export async function organizerOf(
  req: IncomingMessage,
  store: SessionStore,
  now: number,
): Promise<OrganizerRecord | undefined> {
  const token = loginToken(req);
  if (!token || token.length > 100) return undefined;
  const login = await store.getLogin(hashSecret(token));
  if (!login) return undefined;
  if (login.expiresAt <= now) {
    await store.deleteLogin(login.tokenHash);
    return undefined;
  }
  return store.getOrganizer(login.organizerId);
}

/** Whether the double-submit token and the Origin (when sent) are right for a state change. */
export function csrfOk(req: IncomingMessage, originOk: (req: IncomingMessage) => boolean): boolean {
  const cookie = cookies(req).get(CSRF_COOKIE) ?? '';
  const header = String(req.headers[CSRF_HEADER] ?? '');
  if (cookie.length < 16 || header.length !== cookie.length) return false;
  if (!timingSafeEqual(Buffer.from(cookie), Buffer.from(header))) return false;
  return originOk(req);
}

export const newCsrfToken = (): string => newToken();
