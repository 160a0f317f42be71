/** Client-generated ids (commands, answers, questions): 21 random url-safe characters. */
export function newClientId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  let s = '';
  for (const b of bytes) s += abc[b & 63];
  return s + Date.now().toString(36).slice(-5);
}
