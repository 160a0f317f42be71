// The client's one way to call the JSON API: the body is read as the type shared/http.ts gives that
// route (the one place a response is cast), and a refusal comes back with the server's message.
import { errorMessage, type ErrorCode } from '../../shared/errors.js';
import type { ApiError } from '../../shared/http.js';
import { lang } from '../i18n/i18n.js';

export type ApiResult<T> =
  /** 2xx: the body, parsed (a body that is not JSON throws, as `res.json()` does). */
  | { kind: 'ok'; status: number; body: T }
  /** Any other status, with the server's `message` when it sent one, else one in the user's language. */
  | { kind: 'refused'; status: number; message: string }
  /** The request never got an answer (offline, server down, blocked). */
  | { kind: 'network' };

async function refusalMessage(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as Partial<ApiError>;
    if (typeof body.message === 'string') return body.message;
  } catch {
    /* not JSON */
  }
  // Not Palabre's answer (a proxy's page, say): said in the user's language from its status.
  const code: ErrorCode =
    res.status === 413
      ? 'too_large'
      : res.status === 429
        ? 'rate_limited'
        : res.status === 404
          ? 'not_found'
          : 'internal';
  return errorMessage(code, lang());
}

export async function requestJson<T>(url: string, init: RequestInit): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    return { kind: 'network' };
  }
  if (!res.ok) return { kind: 'refused', status: res.status, message: await refusalMessage(res) };
  return { kind: 'ok', status: res.status, body: (await res.json()) as T };
}

/** GET `url`, reading a 2xx body as `T`. */
export function getJson<T>(url: string, headers: Record<string, string> = {}): Promise<ApiResult<T>> {
  return requestJson<T>(url, { headers });
}

/** POST `body` (a file as is; anything else as JSON), reading a 2xx body as `T`. */
export function postJson<T>(
  url: string,
  body: Blob | object,
  headers: Record<string, string> = {},
): Promise<ApiResult<T>> {
  return body instanceof Blob
    ? requestJson<T>(url, { method: 'POST', body, headers })
    : requestJson<T>(url, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', ...headers },
      });
}
