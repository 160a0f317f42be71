// The projector's language: the session's own by default (a French session's projector speaks
// French); a language picked on this projector for this session wins, and is kept in this browser.
import { createSignal } from 'solid-js';
import type { Language } from '../../shared/definition.js';

export function projectorLanguage(code: string) {
  const key = `palabre:projector-lang:${code}`;
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(key);
  } catch {
    /* blocked storage: the session's language until someone picks one */
  }
  const [chosen, setChosen] = createSignal(stored !== null);
  return {
    chosen,
    choose: (l: Language) => {
      setChosen(true);
      try {
        localStorage.setItem(key, l);
      } catch {
        /* kept for this page only */
      }
    },
  };
}
