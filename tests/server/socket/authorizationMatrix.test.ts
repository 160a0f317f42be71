// AUTHORIZATION MATRIX, end to end: every command from every role, with the right key, no key, a
// wrong key and another session's key, over real sockets. Only the right key connects a staff role;
// on a connection, exactly the commands the independent table (tests/shared/permissions/table.ts)
// allows get past authorization (they may still meet a rule of the session, never `forbidden`);
// a refused command changes nothing and writes nothing.
import { afterEach, expect, it } from 'vitest';
import { COMMAND_TYPES } from '../../../shared/permissions.js';
import { ROLES, type Role } from '../../../shared/state.js';
import { SAMPLE_COMMANDS } from '../../helpers/commands.js';
import { closeAllRaw, connectRaw, handshake, refusalOf, sendRaw } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';
import { intended } from '../../shared/permissions/table.js';

let server: TestServer;
afterEach(async () => {
  closeAllRaw();
  await server?.close();
});

it('every command × every role × right, missing, wrong and foreign keys', async () => {
  // Every command type from one connection in a row: more than the default burst allows.
  server = await startTestServer({ rateLimit: { perSecond: 10, burst: 200, cutAfter: 200 } });
  const s = await server.createSession(SAMPLE_DEFINITION);
  const other = await server.createSession(SAMPLE_DEFINITION);
  const keyOf = (session: typeof s, role: Role) =>
    role === 'moderator'
      ? session.moderatorKey
      : role === 'rapporteur'
        ? session.rapporteurKey
        : role === 'projector'
          ? session.projectorKey
          : role === 'speaker'
            ? session.speakerKey
            : undefined;
  let checked = 0;
  for (const role of ROLES) {
    const right = keyOf(s, role);
    if (right) {
      // No connection, so no command, without the right key.
      expect((await refusalOf(server.url, handshake(s.code, role))).error, `${role}, no key`).toBe('unauthorized');
      expect(
        (
          await refusalOf(
            server.url,
            handshake(s.code, role, { key: `${right.slice(0, -1)}${right.endsWith('A') ? 'B' : 'A'}` }),
          )
        ).error,
        `${role}, wrong key`,
      ).toBe('forbidden');
      expect(
        (await refusalOf(server.url, handshake(s.code, role, { key: keyOf(other, role) }))).error,
        `${role}, another session's key`,
      ).toBe('forbidden');
    }
    const c = await connectRaw(server.url, handshake(s.code, role, right ? { key: right } : {}));
    if (role === 'participant')
      expect(await sendRaw(c.socket, { id: 'me', command: SAMPLE_COMMANDS['profile:set'] })).toMatchObject({
        ok: true,
      });
    for (const type of COMMAND_TYPES) {
      if (type === 'session:end') continue; // sent last, below: it would end the session for the rest
      const before = JSON.stringify(serverState(server, s.code));
      const stored = (await server.store.eventsAfter(s.code, 0)).length;
      const ack = await sendRaw(c.socket, { id: `${role}-${type.replace(':', '-')}`, command: SAMPLE_COMMANDS[type] });
      const what = `${role} ${type} → ${JSON.stringify(ack)}`;
      if (intended(role, type)) expect(ack.ok || ack.error !== 'forbidden', what).toBe(true);
      else expect(ack, what).toMatchObject({ ok: false, error: 'forbidden' });
      if (!ack.ok) {
        expect(JSON.stringify(serverState(server, s.code)), what).toBe(before);
        expect((await server.store.eventsAfter(s.code, 0)).length, what).toBe(stored);
      }
      checked++;
    }
    c.socket.disconnect();
  }
  // Ending: refused to all but those the table allows; the last allowed one ends the session.
  for (const role of [...ROLES].sort(
    (a, b) => Number(intended(a, 'session:end')) - Number(intended(b, 'session:end')),
  )) {
    const right = keyOf(s, role);
    const c = await connectRaw(server.url, handshake(s.code, role, right ? { key: right } : {}));
    const ack = await sendRaw(c.socket, { id: `${role}-end`, command: SAMPLE_COMMANDS['session:end'] });
    if (intended(role, 'session:end')) expect(ack, role).toMatchObject({ ok: true });
    else expect(ack, role).toMatchObject({ ok: false, error: 'forbidden' });
    checked++;
  }
  expect(serverState(server, s.code).phase.kind).toBe('ended');
  expect(checked).toBe(ROLES.length * COMMAND_TYPES.length);
});
