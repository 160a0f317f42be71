// What a viewer should hold, computed from the server's own state: the moderator and rapporteur see
// everything, others see viewFor(server state). `seq` is the last event a client applied; a
// participant never receives events it may not see, so its seq may lag the server's: compared apart.
import { expect } from 'vitest';
import type { SessionClient } from '../../client/sync/sessionClient.js';
import type { SessionState } from '../../shared/state.js';
import { viewFor, type Viewer } from '../../shared/visibility.js';
import type { TestServer } from './server.js';

export function serverState(server: TestServer, code: string): SessionState {
  const room = server.app.registry.get(code);
  if (!room) throw new Error(`no room ${code}`);
  return room.state;
}

/** The server's state of a session, loading its room from the store if it is not in memory. */
export async function loadedState(server: TestServer, code: string): Promise<SessionState> {
  const room = await server.app.registry.load(code);
  if (!room) throw new Error(`no session ${code}`);
  await server.app.committer.idle(room);
  return room.state;
}

export function viewerOf(c: SessionClient): Viewer {
  return { role: c['o'].role, participantId: c.participantId };
}

export function withoutSeq(s: SessionState | null): Omit<SessionState, 'seq'> | null {
  if (!s) return null;
  const { seq: _seq, ...rest } = s;
  return rest;
}

/** The state a client should hold now, per the server. */
export function expectedView(server: TestServer, code: string, viewer: Viewer): SessionState {
  return viewFor(serverState(server, code), viewer);
}

/** Asserts the client's state is exactly what the server says it may see (seq aside, see above). */
export function expectSameView(c: SessionClient, server: TestServer, code: string): void {
  const viewer = viewerOf(c);
  expect(withoutSeq(c.state)).toEqual(withoutSeq(expectedView(server, code, viewer)));
  expect(c.state!.seq).toBeLessThanOrEqual(serverState(server, code).seq);
  if (viewer.role === 'moderator' || viewer.role === 'rapporteur')
    expect(c.state!.seq).toBe(serverState(server, code).seq);
}

/** True when the client's state matches its view of the server's (for waitFor). */
export function sameView(c: SessionClient, server: TestServer, code: string): boolean {
  try {
    expectSameView(c, server, code);
    return true;
  } catch {
    return false;
  }
}
