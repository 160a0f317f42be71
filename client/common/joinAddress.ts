// Where phones join: PUBLIC_URL when the server has one; else the address the staff used, unless it
// is a loopback one (localhost, 127.x, ::1) that no phone can open: then the console warns and
// offers this machine's LAN address, which the moderator may accept for the link and the QR code.
// The choice is kept in this browser per session, so the projector opened from the console follows it.
import { createResource, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { AddressesResponse } from '../../shared/http.js';
import { getJson } from './http.js';

/** localhost, 127.x.x.x or [::1]: only this computer can open it. */
export const isLoopback = (hostname: string): boolean =>
  hostname === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === '[::1]' || hostname === '::1';

const storeKey = (code: string) => `palabre:lan-origin:${code}`;

function readAccepted(code: string): string | null {
  try {
    return localStorage.getItem(storeKey(code));
  } catch {
    return null;
  }
}

function writeAccepted(code: string, origin: string | null): void {
  try {
    if (origin) localStorage.setItem(storeKey(code), origin);
    else localStorage.removeItem(storeKey(code));
  } catch {
    /* blocked storage: the choice lasts as long as the page */
  }
}

export interface JoinAddress {
  /** The origin phones are sent to (no trailing slash). */
  origin: Accessor<string>;
  /** `origin/j/CODE`. */
  link: Accessor<string>;
  /** The QR code image's address (built by the server from the same origin). */
  qr: Accessor<string>;
  /** Host and path shown on screen: `192.168.1.20:3000/j`. */
  shownHost: Accessor<string>;
  /** True when PUBLIC_URL is unset and the staff's address is a loopback one. */
  loopback: Accessor<boolean>;
  /** This machine's LAN origins (only when `loopback`). */
  lan: Accessor<string[]>;
  /** The LAN origin accepted for this session, or null. */
  accepted: Accessor<string | null>;
  accept: (origin: string | null) => void;
}

/** `key`: any staff or screen key of the session (the addresses are for the staff only). */
export function useJoinAddress(code: string, key: string): JoinAddress {
  const [addresses] = createResource(async () => {
    const r = await getJson<AddressesResponse>(`/api/sessions/${encodeURIComponent(code)}/addresses`, {
      authorization: `Bearer ${key}`,
    });
    return r.kind === 'ok' ? r.body : { publicUrl: null, lan: [] };
  });
  const [accepted, setAccepted] = createSignal<string | null>(readAccepted(code));
  // The console accepting an address in another tab (the projector's) is followed at once.
  const onStorage = (e: StorageEvent) => {
    if (e.key === storeKey(code)) setAccepted(e.newValue);
  };
  window.addEventListener('storage', onStorage);
  onCleanup(() => window.removeEventListener('storage', onStorage));
  const publicUrl = () => addresses()?.publicUrl ?? null;
  const loopback = () => !publicUrl() && isLoopback(location.hostname);
  const lan = () => (loopback() ? (addresses()?.lan ?? []) : []);
  // An accepted address counts only while it is still one of this machine's (and still needed).
  const lanInUse = () => {
    const a = accepted();
    return a && lan().includes(a) ? a : null;
  };
  const origin = () => publicUrl() ?? lanInUse() ?? location.origin;
  const base = `/api/sessions/${encodeURIComponent(code)}/qr.svg`;
  return {
    origin,
    link: () => `${origin()}/j/${code}`,
    qr: () => {
      const l = lanInUse();
      return l ? `${base}?origin=${encodeURIComponent(l)}` : base;
    },
    shownHost: () => `${origin().replace(/^https?:\/\//, '')}/j`,
    loopback,
    lan,
    accepted: lanInUse,
    accept: (o) => {
      writeAccepted(code, o);
      setAccepted(o);
    },
  };
}
