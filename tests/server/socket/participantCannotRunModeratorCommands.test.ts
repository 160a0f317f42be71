// AUTHORIZE: a participant's connection is refused every command the permission table keeps for
// others, whatever the payload, and nothing changes on the server.
import { afterEach, describe, expect, it } from 'vitest';
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

describe('authorization: participant', () => {
  it('every moderator-only command is refused with forbidden and changes nothing', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const p = await connectClient(server.url, s.code, 'participant');
    const forbidden = COMMAND_TYPES.filter((t) => !can('participant', t));
    // The table really keeps the run of show for the moderator.
    for (const t of [
      'phase:set',
      'timer:start',
      'turn:start',
      'answering:open',
      'aq:approve',
      'session:end',
      'definition:update',
    ] as const) {
      expect(forbidden).toContain(t);
    }
    const before = serverState(server, s.code);
    const stored = (await server.store.eventsAfter(s.code, 0)).length;
    for (const type of forbidden) {
      const ack = await p.send(SAMPLE_COMMANDS[type]);
      expect(ack, type).toMatchObject({ ok: false, error: 'forbidden' });
    }
    // Same object: no event was applied, not even an empty one.
    expect(serverState(server, s.code)).toBe(before);
    expect((await server.store.eventsAfter(s.code, 0)).length).toBe(stored);
    expect(p.pending()).toHaveLength(0);
    // The connection still works for what participants may do.
    expect(await p.send(SAMPLE_COMMANDS['profile:set'])).toMatchObject({ ok: true });
    expect((await server.store.eventsAfter(s.code, 0)).length).toBe(stored + 1);
  });
});
