// This machine's addresses on the local network, suggested to the staff when PUBLIC_URL is unset
// and they opened Palabre on a loopback address that no phone can reach.
import { networkInterfaces } from 'node:os';

/** Non-internal IPv4 addresses, in interface order, each once (link-local 169.254.x.x left out). */
export function lanIPv4(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.internal || a.family !== 'IPv4' || a.address.startsWith('169.254.')) continue;
      if (!out.includes(a.address)) out.push(a.address);
    }
  }
  return out;
}

/** The port a Host header names ('' for none), for building an origin on another address. */
export function portOfHost(host: string | undefined): string {
  const m = /:(\d{1,5})$/.exec(host ?? '');
  return m ? m[1]! : '';
}

/** LAN origins for the port the staff used: `http://192.168.1.20:3000`. */
export function lanOrigins(host: string | undefined): string[] {
  const port = portOfHost(host);
  return lanIPv4().map((ip) => `http://${ip}${port ? `:${port}` : ''}`);
}
