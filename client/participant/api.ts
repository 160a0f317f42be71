// The one HTTP call the phone makes before connecting: does this code name a session, and what
// does it ask of participants?
import type { PublicSessionInfo } from '../../shared/protocol.js';

export type SessionInfo = PublicSessionInfo;

export type InfoResult = { kind: 'ok'; info: SessionInfo } | { kind: 'notFound' } | { kind: 'network' };

export async function fetchSessionInfo(code: string): Promise<InfoResult> {
  try {
    const r = await fetch(`/api/sessions/${encodeURIComponent(code)}`, { headers: { accept: 'application/json' } });
    if (r.status === 404) return { kind: 'notFound' };
    if (!r.ok) return { kind: 'network' };
    return { kind: 'ok', info: (await r.json()) as SessionInfo };
  } catch {
    return { kind: 'network' };
  }
}
