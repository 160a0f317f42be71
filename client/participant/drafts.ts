// Drafts kept on the device as they are typed (IndexedDB through the KeyValue storage) so a reload,
// a locked phone or a dropped network never loses text. One signal per draft, shared by every view.
import { createSignal, type Accessor } from 'solid-js';
import type { KeyValue } from '../sync/storage.js';

export interface Draft {
  text: Accessor<string>;
  /** True once the current non-empty text is written to the device. */
  saved: Accessor<boolean>;
  set(text: string): void;
  clear(): void;
  /** Resolves once the stored draft (if any) has been read back. */
  loaded: Promise<void>;
}

export interface Drafts {
  get(name: string): Draft;
  /** Puts refused text back so nothing is lost: alone if the draft is empty, else before it. */
  restore(name: string, text: string): Promise<void>;
}

export function createDrafts(storage: KeyValue, code: string): Drafts {
  const map = new Map<string, Draft>();
  const key = (name: string) => `palabre:${code}:draft:${name}`;

  function get(name: string): Draft {
    const found = map.get(name);
    if (found) return found;
    const [text, setText] = createSignal('');
    const [saved, setSaved] = createSignal(false);
    let touched = false;
    let version = 0;
    const loaded = storage.get<string>(key(name)).then((v) => {
      if (!touched && typeof v === 'string' && v) {
        setText(v);
        setSaved(true);
      }
    });
    const set = (v: string) => {
      touched = true;
      setText(v);
      setSaved(false);
      const mine = ++version;
      void (v ? storage.set(key(name), v) : storage.del(key(name))).then(() => {
        if (mine === version) setSaved(v !== '');
      });
    };
    const d: Draft = { text, saved, set, clear: () => set(''), loaded };
    map.set(name, d);
    return d;
  }

  async function restore(name: string, text: string) {
    const d = get(name);
    await d.loaded;
    const current = d.text();
    if (current.includes(text)) return;
    d.set(current.trim() ? `${text}\n\n${current}` : text);
  }

  return { get, restore };
}
