// The alert region's messages: refusals and failures, each dismissable, gone after a while.
import { createSignal } from 'solid-js';

export interface Toast {
  id: number;
  message: string;
}

export function createToasts(lifetimeMs = 8_000) {
  const [items, setItems] = createSignal<Toast[]>([]);
  let next = 1;
  const dismiss = (id: number) => setItems((xs) => xs.filter((x) => x.id !== id));
  const push = (message: string) => {
    const id = next++;
    // The same refusal twice in a row shows once (e.g. a key held down).
    setItems((xs) => [...xs.filter((x) => x.message !== message), { id, message }].slice(-3));
    setTimeout(() => dismiss(id), lifetimeMs);
  };
  return { items, push, dismiss };
}
