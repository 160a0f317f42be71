// The public facts a join page needs before connecting (title, language, identity mode); nothing
// secret. Read from the live room, so a title or identity mode changed during the session shows.
import type { Registry } from '../registry.js';
import type { PublicSessionInfo } from '../../shared/protocol.js';

export function publicInfo(registry: Registry, code: string): PublicSessionInfo | null {
  const d = registry.get(code)?.definition;
  return d ? { code, title: d.title, language: d.language, identity: d.identity } : null;
}
