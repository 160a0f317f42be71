// Session codes as people type them: case-insensitive, spaces and dashes ignored (the server's rule).
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 6;

/** The canonical code, or null when the input cannot be one. */
export function normalizeCode(input: string): string | null {
  const c = input.replace(/[\s-]/g, '').toUpperCase();
  if (c.length !== LENGTH) return null;
  for (const ch of c) if (!ALPHABET.includes(ch)) return null;
  return c;
}

/** "K7MQ2P" → "K7M Q2P", easier to read back. */
export const displayCode = (code: string): string => `${code.slice(0, 3)} ${code.slice(3)}`;
