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
