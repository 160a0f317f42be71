// Shared set-up for audience-question tests: a session, a moderator, a projector and participants.
import type { SessionClient } from '../../client/sync/sessionClient.js';
import type { DefinitionInput } from '../../shared/definition.js';
import { connectClient } from './clients.js';
import { SAMPLE_DEFINITION, type TestServer } from './server.js';

export async function audienceRoom(server: TestServer, participants: number, def: DefinitionInput = {}) {
  const s = await server.createSession({ ...SAMPLE_DEFINITION, ...def });
  const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
  const projector = await connectClient(server.url, s.code, 'projector', { key: s.projectorKey });
  const ps: SessionClient[] = [];
  for (let i = 0; i < participants; i++) ps.push(await connectClient(server.url, s.code, 'participant'));
  const room = () => server.app.registry.get(s.code)!.state;
  return { s, mod, projector, ps, room };
}
