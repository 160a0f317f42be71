// VALIDATE: a command sent without an acknowledgement callback cannot be answered, so it is not
// applied (a client that cannot learn the outcome would retry blindly); the server does not crash.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllRaw, connectRaw, handshake, sendRaw } from '../../helpers/raw.js';
import { captureLogger } from '../../helpers/log.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllRaw();
  await server?.close();
});

describe('missing ack callback', () => {
  it('is ignored without crashing, applying or writing anything', async () => {
    const log = captureLogger();
    server = await startTestServer({ logger: log.logger });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectRaw(server.url, handshake(s.code, 'moderator', { key: s.moderatorKey }));
    const before = serverState(server, s.code);
    const written = (await server.store.eventsAfter(s.code, 0)).length;
    const emit = mod.socket.emit.bind(mod.socket) as unknown as (ev: string, ...args: unknown[]) => void;
    emit('command:send', { id: 'no-ack', command: { type: 'session:end' } });
    emit('command:send', { id: 'ack-is-not-a-function', command: { type: 'session:end' } }, 'not a callback');
    emit('command:send');
    emit('command:send', (() => {}) as unknown);
    emit('time:ping');
    emit('no:such:event', { id: 'x' });
    // Each refusal is logged; waiting for the log lines proves the server handled the packets.
    await waitFor(
      () => log.lines.filter((l) => l.level === 'warn' && l.fields.why === 'no ack callback').length === 4,
      {
        what: 'four refusals logged',
      },
    );
    expect(log.lines.filter((l) => l.level === 'warn').every((l) => l.fields.reason === 'invalid_payload')).toBe(true);
    expect(serverState(server, s.code)).toBe(before);
    expect((await server.store.eventsAfter(s.code, 0)).length).toBe(written);
    expect(serverState(server, s.code).phase.kind).toBe('lobby');
    // The connection and the server are fine.
    expect(mod.socket.connected).toBe(true);
    expect(
      await sendRaw(mod.socket, { id: 'with-ack', command: { type: 'phase:set', phase: { kind: 'opening' } } }),
    ).toMatchObject({ ok: true });
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
