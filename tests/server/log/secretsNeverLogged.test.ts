// LOGS: moderator, rapporteur and projector keys and participant tokens never reach a log line,
// even when they are the very thing being refused.
import { afterEach, describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../client/sync/storage.js';
import { consoleLogger, redact } from '../../../server/log.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { captureLogger } from '../../helpers/log.js';
import { closeAllRaw, connectRaw, handshake, refusalOf, sendRaw } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

describe('secrets in logs', () => {
  it('no log line contains a key or a participant token', async () => {
    const log = captureLogger();
    server = await startTestServer({ logger: log.logger });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const other = await server.createSession(SAMPLE_DEFINITION);
    const storage = memoryStorage();
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    await connectClient(server.url, s.code, 'rapporteur', { key: s.rapporteurKey });
    await connectClient(server.url, s.code, 'projector', { key: s.projectorKey });
    const p = await connectClient(server.url, s.code, 'participant', { storage });
    const identity = (await storage.get<{ participantId: string; token: string }>(
      `palabre:${s.code}:participant:identity`,
    ))!;
    const raw = await connectRaw(server.url, handshake(s.code, 'participant'));
    const rawToken = raw.welcome.participant!.token;

    // Provoke every kind of refusal with secrets in play.
    const attempted = `attempted-${'k'.repeat(20)}`;
    await refusalOf(server.url, handshake(s.code, 'moderator', { key: attempted }));
    await refusalOf(server.url, handshake(s.code, 'moderator', { key: s.rapporteurKey }));
    await refusalOf(server.url, handshake(other.code, 'rapporteur', { key: s.rapporteurKey }));
    await refusalOf(
      server.url,
      handshake(s.code, 'participant', { participantId: identity.participantId, participantToken: rawToken }),
    );
    await refusalOf(
      server.url,
      handshake(s.code, 'participant', { participantId: 'forged', participantToken: identity.token }),
    );
    await sendRaw(raw.socket, { id: 'leak', command: { type: 'conclusion:set', text: s.moderatorKey } });
    await sendRaw(raw.socket, { id: s.moderatorKey.replace(/[^A-Za-z0-9_-]/g, '_'), command: { type: 'session:end' } });
    await sendRaw(raw.socket, { key: s.moderatorKey, token: identity.token });
    await p.send({ type: 'session:end' });
    await mod.send({ type: 'timer:pause' });
    for (const key of [undefined, attempted, s.projectorKey, s.moderatorKey, other.moderatorKey]) {
      await fetch(
        `${server.url}/api/sessions/${s.code}/archive`,
        key ? { headers: { authorization: `Bearer ${key}` } } : {},
      );
    }
    await fetch(`${server.url}/api/sessions/${s.code}/archive?key=${s.rapporteurKey}`);

    const secrets = [
      s.moderatorKey,
      s.rapporteurKey,
      s.projectorKey,
      other.moderatorKey,
      identity.token,
      rawToken,
      attempted,
    ];
    const text = log.text();
    expect(log.lines.filter((l) => l.level === 'warn').length).toBeGreaterThanOrEqual(10);
    for (const secret of secrets)
      expect(text.includes(secret), `a secret of ${secret.length} chars was logged`).toBe(false);
  });

  it('the console logger redacts fields named like secrets', () => {
    expect(redact({ key: 'k', participantToken: 't', Authorization: 'Bearer x', code: 'ABC234' })).toEqual({
      key: '[redacted]',
      participantToken: '[redacted]',
      Authorization: '[redacted]',
      code: 'ABC234',
    });
    const write = process.stderr.write;
    const out: string[] = [];
    process.stderr.write = ((chunk: string) => {
      out.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      consoleLogger('info')('warn', 'test', { moderatorKey: 'super-secret-key-1234567', role: 'moderator' });
    } finally {
      process.stderr.write = write;
    }
    expect(out.join('')).not.toContain('super-secret-key-1234567');
    expect(out.join('')).toContain('"role":"moderator"');
  });
});
