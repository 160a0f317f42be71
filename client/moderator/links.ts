// The links returned when the session was created, kept on this device by the home page under
// `palabre:links:<CODE>` (the projector key is never in the moderator's own address).
export interface SessionLinks {
  moderator?: string;
  rapporteur?: string;
  participant?: string;
  projector?: string;
}

export function storedLinks(code: string): SessionLinks | null {
  const key = `palabre:links:${code}`;
  for (const store of [() => sessionStorage, () => localStorage]) {
    try {
      const raw = store().getItem(key);
      if (!raw) continue;
      const v = JSON.parse(raw) as unknown;
      if (v && typeof v === 'object') return v as SessionLinks;
    } catch {
      /* blocked storage or bad JSON: no links */
    }
  }
  return null;
}

/** Only a same-origin projector link is offered (never something else stored under that key). */
export function projectorLink(code: string): string | null {
  const l = storedLinks(code)?.projector;
  if (typeof l !== 'string') return null;
  try {
    const u = new URL(l, location.origin);
    return u.origin === location.origin && u.pathname.startsWith('/projector/') ? u.href : null;
  } catch {
    return null;
  }
}
