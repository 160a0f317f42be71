// VALIDATE: whatever arrives as `command:send` that is not a well-formed envelope of a known command
// is refused with a clear code; nothing changes and nothing is written.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllRaw, connectRaw, handshake, sendRaw } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';

let server: TestServer;
afterEach(async () => {
  closeAllRaw();
  await server?.close();
});

const HOSTILE: [string, unknown][] = [
  ['null', null],
  ['a string', 'phase:set'],
  ['a number', 42],
  ['an array', [{ id: 'x', command: { type: 'session:end' } }]],
  ['an empty object', {}],
  ['no id', { command: { type: 'session:end' } }],
  ['an empty id', { id: '', command: { type: 'session:end' } }],
  ['an id with spaces', { id: 'a b', command: { type: 'session:end' } }],
  ['an overlong id', { id: 'x'.repeat(65), command: { type: 'session:end' } }],
  ['no command', { id: 'x1' }],
  ['a command that is a string', { id: 'x2', command: 'session:end' }],
  ['an unknown command type', { id: 'x3', command: { type: 'session:delete' } }],
  ['a prototype-polluting type', { id: 'x4', command: { type: '__proto__' } }],
  ['a missing field', { id: 'x5', command: { type: 'turn:start' } }],
  ['a wrong field type', { id: 'x6', command: { type: 'timer:adjust', deltaMs: '60000' } }],
  ['a non-integer duration', { id: 'x7', command: { type: 'timer:start', durationMs: 1.5 } }],
  ['a negative duration', { id: 'x8', command: { type: 'timer:start', durationMs: -1 } }],
  ['an unknown phase', { id: 'x9', command: { type: 'phase:set', phase: { kind: 'party' } } }],
  ['a bad speaker id', { id: 'x10', command: { type: 'turn:start', speakerId: '../s1' } }],
  ['an empty question list', { id: 'x11', command: { type: 'answering:open', questionIds: [] } }],
  ['text over the hard ceiling', { id: 'x12', command: { type: 'conclusion:set', text: 'x'.repeat(20_001) } }],
];

describe('malformed envelopes', () => {
  it.each([['moderator'], ['participant']] as const)(
    'sent by a %s, each is refused with invalid_payload and changes nothing',
    async (role) => {
      server = await startTestServer();
      const s = await server.createSession(SAMPLE_DEFINITION);
      const c = await connectRaw(
        server.url,
        handshake(s.code, role, role === 'moderator' ? { key: s.moderatorKey } : {}),
      );
      const before = serverState(server, s.code);
      const written = (await server.store.eventsAfter(s.code, 0)).length;
      for (const [what, payload] of HOSTILE) {
        const ack = await sendRaw(c.socket, payload);
        expect(ack, what).toMatchObject({ ok: false, error: 'invalid_payload' });
        expect(ack.ok === false && ack.message.length > 0, what).toBe(true);
      }
      expect(serverState(server, s.code)).toBe(before);
      expect((await server.store.eventsAfter(s.code, 0)).length).toBe(written);
      expect(c.socket.connected).toBe(true);
      // A well-formed command on the same connection still works.
      const good =
        role === 'moderator'
          ? { type: 'timer:adjust', deltaMs: 1_000 }
          : { type: 'aq:ask', questionId: 'q', speakerId: null, text: 'Fine?' };
      expect(await sendRaw(c.socket, { id: 'good', command: good })).toMatchObject({ ok: true });
      expect((await server.store.eventsAfter(s.code, 0)).length).toBe(written + 1);
    },
  );
});
