// Reads the session code and key from the address: /moderator/ABC234#key=…, /j/ABC234.
export function codeFromPath(pathname = location.pathname): string {
  const parts = pathname.split('/').filter(Boolean);
  return (parts[1] ?? '').toUpperCase();
}

export function keyFromHash(hash = location.hash): string | undefined {
  const m = /(?:^#|&)(?:key|view)=([^&]+)/.exec(hash);
  return m ? decodeURIComponent(m[1]!) : undefined;
}
