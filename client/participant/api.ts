// The one HTTP call the phone makes before connecting: does this code name a session, and what
// does it ask of participants?
import type { SessionInfoResponse } from '../../shared/http.js';
import { getJson } from '../common/http.js';

export type SessionInfo = SessionInfoResponse;

export type InfoResult = { kind: 'ok'; info: SessionInfo } | { kind: 'notFound' } | { kind: 'network' };

export async function fetchSessionInfo(code: string): Promise<InfoResult> {
  try {
    const r = await getJson<SessionInfoResponse>(`/api/sessions/${encodeURIComponent(code)}`, {
      accept: 'application/json',
    });
    if (r.kind === 'ok') return { kind: 'ok', info: r.body };
    if (r.kind === 'refused' && r.status === 404) return { kind: 'notFound' };
    return { kind: 'network' };
  } catch {
    return { kind: 'network' };
  }
}
