// Session codes and secrets. Codes are short and typed by hand, so they avoid look-alike characters;
// keys and tokens are long random strings, stored only as SHA-256 hashes and compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import { customAlphabet, nanoid } from 'nanoid';

/** No 0/O, 1/I/L: a code read aloud or off a projector is typed right the first time. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;
const makeCode = customAlphabet(CODE_ALPHABET, CODE_LENGTH);

export const newCode = (): string => makeCode();
export const newKey = (): string => nanoid(24);
export const newToken = (): string => nanoid(32);
export const newId = (): string => nanoid(12);

/** Case-insensitive, tolerant of spaces and dashes a person may type. Null if it cannot be a code. */
export function normalizeCode(input: string): string | null {
  const c = input.replace(/[\s-]/g, '').toUpperCase();
  if (c.length !== CODE_LENGTH) return null;
  for (const ch of c) if (!CODE_ALPHABET.includes(ch)) return null;
  return c;
}

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export function secretMatches(secret: string | undefined, hash: string): boolean {
  if (!secret) return false;
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
