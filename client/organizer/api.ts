// The organizer API from the browser: the login cookie rides by itself (httpOnly); state changes
// repeat the CSRF cookie in their header (double submit, server/organizers/auth.ts).
import { CSRF_COOKIE, CSRF_HEADER } from '../../shared/organizerHttp.js';
import { lang } from '../i18n/i18n.js';
import { organizerT as t } from '../i18n/organizer.js';

export type Result<T> = { ok: true; body: T } | { ok: false; status: number; message: string };

function csrfToken(): string {
  const m = new RegExp(`(?:^|; )${CSRF_COOKIE}=([^;]*)`).exec(document.cookie);
  return m ? m[1]! : '';
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<Result<T>> {
  const headers: Record<string, string> = { 'accept-language': lang() };
  if (method !== 'GET') headers[CSRF_HEADER] = csrfToken();
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`/api/organizer${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, status: 0, message: t('networkError') };
  }
  let json: unknown = null;
  try {
    json = await res.json();
  } catch {
    /* not JSON */
  }
  if (res.ok) return { ok: true, body: json as T };
  const message = (json as { message?: unknown } | null)?.message;
  return { ok: false, status: res.status, message: typeof message === 'string' ? message : `HTTP ${res.status}` };
}
