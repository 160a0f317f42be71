// AUTHORIZE: the rapporteur may take notes and curate, nothing else; the projector only watches.
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/state.js';
import { COMMAND_TYPES, can } from '../../../shared/permissions.js';
import { SAMPLE_COMMANDS } from '../../helpers/commands.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

describe.each<[Exclude<Role, 'participant' | 'moderator'>, number]>([
  ['rapporteur', 15],
  ['projector', 0],
])('authorization: %s', (role, allowedCount) => {
  it('every command it may not run is refused with forbidden and changes nothing', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const key = role === 'rapporteur' ? s.rapporteurKey : s.projectorKey;
    const c = await connectClient(server.url, s.code, role, { key });
    expect(c.status).toBe('online');
    const forbidden = COMMAND_TYPES.filter((t) => !can(role, t));
    expect(COMMAND_TYPES.length - forbidden.length).toBe(allowedCount);
    const before = serverState(server, s.code);
    const stored = (await server.store.eventsAfter(s.code, 0)).length;
    for (const type of forbidden) {
      expect(await c.send(SAMPLE_COMMANDS[type]), type).toMatchObject({ ok: false, error: 'forbidden' });
    }
    expect(serverState(server, s.code)).toBe(before);
    expect((await server.store.eventsAfter(s.code, 0)).length).toBe(stored);
    if (role === 'rapporteur') {
      // What it may do goes through.
      expect(await c.send(SAMPLE_COMMANDS['notes:save'])).toMatchObject({ ok: true });
      expect(await c.send(SAMPLE_COMMANDS['conclusion:set'])).toMatchObject({ ok: true });
      expect(serverState(server, s.code).conclusion).toBe('Conclusion.');
    }
  });
});
