import { del, get, set } from 'idb-keyval';
import type { KeyValue } from './storage.js';

/** IndexedDB through idb-keyval; falls back to memory where IndexedDB is unavailable (private modes). */
export function idbStorage(): KeyValue {
  const mem = new Map<string, unknown>();
  const safe = async <T>(f: () => Promise<T>, fallback: () => T): Promise<T> => {
    try {
      return await f();
    } catch {
      return fallback();
    }
  };
  return {
    get: <T>(k: string) =>
      safe(
        () => get<T>(k),
        () => mem.get(k) as T | undefined,
      ),
    set: (k, v) =>
      safe(
        () => set(k, v),
        () => void mem.set(k, v),
      ),
    del: (k) =>
      safe(
        () => del(k),
        () => void mem.delete(k),
      ),
  };
}
