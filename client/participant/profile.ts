// What the participant told about themselves, kept on the device: per session (its presence means
// "already joined", so a reload goes straight to the live view) and the last one used (to prefill).
import type { KeyValue } from '../sync/storage.js';

export interface LocalProfile {
  name: string;
  organization: string;
  country: string;
  anonymous: boolean;
}

const sessionKey = (code: string) => `palabre:${code}:profile`;
const LAST_KEY = 'palabre:lastProfile';

export async function loadProfile(storage: KeyValue, code: string): Promise<LocalProfile | null> {
  return (await storage.get<LocalProfile>(sessionKey(code))) ?? null;
}

export async function loadLastProfile(storage: KeyValue): Promise<LocalProfile | null> {
  return (await storage.get<LocalProfile>(LAST_KEY)) ?? null;
}

export async function saveProfile(storage: KeyValue, code: string, p: LocalProfile): Promise<void> {
  await storage.set(sessionKey(code), p);
  if (!p.anonymous) await storage.set(LAST_KEY, p);
}

export type { ProfileField } from '../../shared/rules.js';

/**
 * A synchronous hint that this device joined the session (localStorage, next to the profile kept
 * in IndexedDB), so the first screen can be chosen before the asynchronous storage answers.
 */
const joinedKey = (code: string) => `palabre:${code}:joined`;
export function joinedHere(code: string): boolean {
  try {
    return localStorage.getItem(joinedKey(code)) === '1';
  } catch {
    return false;
  }
}
export function markJoined(code: string): void {
  try {
    localStorage.setItem(joinedKey(code), '1');
  } catch {
    // Private browsing may refuse: the profile in IndexedDB still says so, a little later.
  }
}
