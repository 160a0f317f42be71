// A moderator saving a setup over the size limit (a 294 KB one: Socket.IO cut the connection, the
// client re-sent after each of 93 reconnects, "Saving…" forever) is answered `too_large` on the same
// open connection, in its language; and the sync client refuses such a command before it is kept
// in the outbox or sent at all.
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/errors.js';
import { MAX_MESSAGE_BYTES } from '../../../shared/limits.js';
import { memoryStorage } from '../../../client/sync/storage.js';
import type { SessionDefinition } from '../../../shared/definition.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { captureLogger } from '../../helpers/log.js';
import { closeAllRaw, connectRaw, handshake, sendRaw } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

/** The session's definition grown to about `bytes` of JSON with long guiding questions (valid). */
function grown(def: SessionDefinition, bytes: number): SessionDefinition {
  const rounds = [];
  let size = JSON.stringify(def).length;
  for (let r = 0; r < 8 && size < bytes; r++) {
    const questions = [];
    for (let q = 0; q < 30 && size < bytes; q++) {
      const text = 'q'.repeat(Math.min(1_900, bytes - size));
      questions.push({ id: `g${r}q${q}`, text });
      size += text.length + 30;
    }
    rounds.push({ id: `g${r}`, title: `Round ${r}`, questions });
  }
  return { ...def, rounds: [...def.rounds, ...rounds] };
}

describe('an oversized save', () => {
  it('is answered too_large; the connection stays open and keeps answering', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectRaw(server.url, handshake(s.code, 'moderator', { key: s.moderatorKey, language: 'fr' }));
    const def = server.app.registry.get(s.code)!.state.definition;
    const big = grown(def, 294 * 1024);
    expect(JSON.stringify(big).length).toBeGreaterThan(MAX_MESSAGE_BYTES);
    const id = mod.socket.id;
    let dropped = '';
    mod.socket.on('disconnect', (r) => (dropped = r));

    const ack = await sendRaw(mod.socket, {
      id: 'save-big-setup-000000001',
      command: { type: 'definition:update', definition: big },
    });
    expect(ack).toEqual({ ok: false, error: 'too_large', message: errorMessage('too_large', 'fr') });
    expect(server.app.registry.get(s.code)!.state.definition.rounds).toHaveLength(def.rounds.length);

    // Same socket, still served.
    expect(mod.socket.connected).toBe(true);
    expect(mod.socket.id).toBe(id);
    expect(
      await sendRaw(mod.socket, {
        id: 'phase-after-big-0000000001',
        command: { type: 'phase:set', phase: { kind: 'opening' } },
      }),
    ).toMatchObject({ ok: true });
    const fits = grown(def, MAX_MESSAGE_BYTES - 8 * 1024);
    expect(
      await sendRaw(mod.socket, {
        id: 'save-fitting-setup-0000001',
        command: { type: 'definition:update', definition: fits },
      }),
    ).toMatchObject({ ok: true });
    expect(dropped).toBe('');
  });

  it('never enters the sync client outbox nor reaches the server', async () => {
    const log = captureLogger();
    server = await startTestServer({ logger: log.logger });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const storage = memoryStorage();
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey, storage, language: 'es' });
    const def = mod.state!.definition;
    const outboxes: number[] = [];
    mod.subscribe(() => outboxes.push(mod.outbox.length));

    const ack = await mod.send({ type: 'definition:update', definition: grown(def, 300 * 1024) });
    expect(ack).toEqual({ ok: false, error: 'too_large', message: errorMessage('too_large', 'es') });
    expect(mod.outbox).toEqual([]);
    expect(outboxes.every((n) => n === 0)).toBe(true);
    expect(await storage.get(`palabre:${s.code}:moderator:outbox`)).toBeFalsy();
    expect(log.lines.filter((l) => l.fields.reason === 'too_large' || l.fields.label === 'definition:update')).toEqual(
      [],
    );
    // The connection and the outbox carry on.
    expect(mod.status).toBe('online');
    expect((await mod.send({ type: 'phase:set', phase: { kind: 'opening' } })).ok).toBe(true);
  });
});
