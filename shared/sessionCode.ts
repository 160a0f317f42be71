// Session codes: short, typed by hand, read aloud or off a projector. One rule for the server (the
// handshake, the HTTP routes) and every page that reads a code from what a person typed or an address.

/** No 0/O, 1/I/L: a code read aloud or off a projector is typed right the first time. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;

/** Case-insensitive, tolerant of spaces and dashes a person may type. Null if it cannot be a code. */
export function normalizeCode(input: string): string | null {
  const c = input.replace(/[\s-]/g, '').toUpperCase();
  if (c.length !== CODE_LENGTH) return null;
  for (const ch of c) if (!CODE_ALPHABET.includes(ch)) return null;
  return c;
}
