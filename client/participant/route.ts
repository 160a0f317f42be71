// The phone page's two routes: /join (type a code) and /j/CODE (the session), without a reload.
import { createSignal } from 'solid-js';

const [path, setPath] = createSignal(location.pathname);
addEventListener('popstate', () => setPath(location.pathname));

export { path };

export function navigate(to: string): void {
  if (to === location.pathname) return;
  history.pushState(null, '', to);
  setPath(to);
}

/** The raw code in /j/<code>, or '' on /join. */
export function rawCodeFromPath(p: string): string {
  const m = /^\/j\/([^/]+)/.exec(p);
  return m ? decodeURIComponent(m[1]!) : '';
}
