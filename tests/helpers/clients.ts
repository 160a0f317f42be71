// Real socket.io clients speaking the real protocol, through the same SessionClient the views use.
import { SessionClient } from '../../client/sync/sessionClient.js';
import { memoryStorage, type KeyValue } from '../../client/sync/storage.js';
import type { Language } from '../../shared/definition.js';
import type { Role } from '../../shared/state.js';
import { waitFor } from './waitFor.js';

const open: SessionClient[] = [];

export async function connectClient(
  url: string,
  code: string,
  role: Role,
  o: { key?: string; storage?: KeyValue; language?: Language; now?: () => number; wait?: boolean } = {},
): Promise<SessionClient> {
  const c = new SessionClient({
    url,
    code,
    role,
    ...(o.key ? { key: o.key } : {}),
    language: o.language ?? 'en',
    storage: o.storage ?? memoryStorage(),
    socketOptions: { forceNew: true, transports: ['websocket'] },
    ...(o.now ? { now: o.now } : {}),
  }).connect();
  open.push(c);
  if (o.wait !== false)
    await waitFor(() => c.status === 'online' || c.status === 'refused', { what: `${role} connected` });
  return c;
}

export function closeAllClients(): void {
  for (const c of open.splice(0)) c.close();
}
