// Session codes and secrets. Codes are short and typed by hand, so they avoid look-alike characters;
// keys and tokens are long random strings, stored only as SHA-256 hashes and compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import { customAlphabet, nanoid } from 'nanoid';
import { CODE_ALPHABET, CODE_LENGTH } from '../shared/sessionCode.js';

const makeCode = customAlphabet(CODE_ALPHABET, CODE_LENGTH);

export const newCode = (): string => makeCode();
export const newKey = (): string => nanoid(24);
export const newToken = (): string => nanoid(32);
export const newId = (): string => nanoid(12);

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/**
 * The speaker view's key, derived one way from the moderator's: whoever runs the console can always
 * hand out the speaker view (GET /api/sessions/:code/speaker-link), while the speaker's key opens
 * nothing more than that view.
 */
export const speakerKeyOf = (moderatorKey: string): string =>
  createHash('sha256').update(`palabre speaker view\n${moderatorKey}`).digest('base64url').slice(0, 24);

export function secretMatches(secret: string | undefined, hash: string): boolean {
  if (!secret) return false;
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
