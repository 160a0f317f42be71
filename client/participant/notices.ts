// Refusals from the server, shown in the user's language until dismissed.
import { createSignal } from 'solid-js';
import type { ErrorCode } from '../../shared/errors.js';

export interface Notice {
  id: number;
  code: ErrorCode;
}

export function createNotices() {
  const [list, setList] = createSignal<Notice[]>([]);
  let next = 1;
  return {
    list,
    push(code: ErrorCode) {
      // The same refusal twice in a row is one message.
      if (list().some((n) => n.code === code)) return;
      setList([...list(), { id: next++, code }]);
    },
    dismiss(id: number) {
      setList(list().filter((n) => n.id !== id));
    },
  };
}
export type Notices = ReturnType<typeof createNotices>;
