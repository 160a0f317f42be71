// Where a device keeps what must survive a reload: its participant identity, drafts and the outbox.
// In the browser that is IndexedDB (idb-keyval); in Node (tests, bench) an in-memory map.
export interface KeyValue {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

export function memoryStorage(): KeyValue {
  const m = new Map<string, unknown>();
  return {
    get: async <T>(k: string) => structuredClone(m.get(k)) as T | undefined,
    set: async (k, v) => void m.set(k, structuredClone(v)),
    del: async (k) => void m.delete(k),
  };
}
