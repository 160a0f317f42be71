// Reads the session code and key from the address: /moderator/ABC234#key=…, /j/ABC234.
import { normalizeCode } from '../../shared/sessionCode.js';

/** The session code in the address, read by the one rule for codes ('' when it cannot be one). */
export function codeFromPath(pathname = location.pathname): string {
  const parts = pathname.split('/').filter(Boolean);
  return normalizeCode(parts[1] ?? '') ?? '';
}

export function keyFromHash(hash = location.hash): string | undefined {
  const m = /(?:^#|&)(?:key|view)=([^&]+)/.exec(hash);
  return m ? decodeURIComponent(m[1]!) : undefined;
}

const KEY_PARAM = /^(?:key|view)=/;

/**
 * The staff key of this page (moderator, rapporteur, projector): read from the link's `#key=…`
 * (or `#view=…`) once, then taken out of the address bar and the history (`replaceState`), so it is
 * not left on screen, in a screenshot or in the browser's history. It stays in memory for the page's
 * life and in this tab's sessionStorage, so a reload of the tab still opens the view.
 */
export function takeStaffKey(role: string, code: string): string | undefined {
  const stored = `palabre:key:${role}:${code}`;
  const fromLink = keyFromHash();
  if (fromLink) {
    try {
      sessionStorage.setItem(stored, fromLink);
    } catch {
      /* blocked storage: the key lives in memory only (a reload will need the link again) */
    }
    const rest = location.hash
      .replace(/^#/, '')
      .split('&')
      .filter((p) => p && !KEY_PARAM.test(p))
      .join('&');
    history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
    return fromLink;
  }
  try {
    return sessionStorage.getItem(stored) ?? undefined;
  } catch {
    return undefined;
  }
}
