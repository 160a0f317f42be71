// The session facts the server embeds in the page it sends for /j/CODE (server/http/participantPage.ts),
// so a phone on a slow network needs no request after the page to show the form to fill in.
import { BOOT_ID } from '../../shared/protocol.js';
import type { SessionInfo } from './api.js';

export function bootInfo(): SessionInfo | null {
  const text = document.getElementById(BOOT_ID)?.textContent;
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<SessionInfo>;
    return typeof v.code === 'string' &&
      typeof v.title === 'string' &&
      typeof v.language === 'string' &&
      typeof v.identity === 'string'
      ? (v as SessionInfo)
      : null;
  } catch {
    return null;
  }
}
