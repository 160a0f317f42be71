// Sessions created in this browser: their links are kept in localStorage under
// `palabre:links:<CODE>` as { code, title, createdAt, moderator, rapporteur, participant, projector }
// (the moderator console reads `.projector` from there to show the projector link).
import type { SessionLinks } from '../../shared/http.js';

export const LINKS_PREFIX = 'palabre:links:';

export interface StoredSession extends Omit<SessionLinks, 'speaker'> {
  /** Absent for sessions created (in this browser) before the speaker view. */
  speaker?: string;
  code: string;
  title: string;
  createdAt: number;
}

const LINK_KEYS = ['moderator', 'rapporteur', 'participant', 'projector'] as const;

function isStored(v: unknown): v is StoredSession {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.code === 'string' && LINK_KEYS.every((k) => typeof o[k] === 'string');
}

export function saveSession(s: StoredSession): boolean {
  try {
    localStorage.setItem(LINKS_PREFIX + s.code, JSON.stringify(s));
    return true;
  } catch {
    return false;
  }
}

export function forgetSession(code: string): void {
  try {
    localStorage.removeItem(LINKS_PREFIX + code);
  } catch {
    /* storage blocked: nothing was kept anyway */
  }
}

/** Newest first. */
export function listSessions(): StoredSession[] {
  const out: StoredSession[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(LINKS_PREFIX)) continue;
      try {
        const v = JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;
        if (isStored(v))
          out.push({
            ...v,
            title: typeof v.title === 'string' ? v.title : '',
            createdAt: typeof v.createdAt === 'number' ? v.createdAt : 0,
          });
      } catch {
        /* not ours or damaged: skip */
      }
    }
  } catch {
    return [];
  }
  return out.sort((a, b) => b.createdAt - a.createdAt);
}

/** The key carried in a staff link's fragment (#key=…). */
export function keyOfLink(link: string): string | null {
  try {
    const m = /(?:^#|&)key=([^&]+)/.exec(new URL(link, location.origin).hash);
    return m ? decodeURIComponent(m[1]!) : null;
  } catch {
    return null;
  }
}

/** Links point at this server; a stored link to elsewhere is shown but opened same-origin. */
export function sameOriginPath(link: string): string {
  try {
    const u = new URL(link, location.origin);
    return u.pathname + u.hash;
  } catch {
    return '/';
  }
}
