// HANDSHAKE: the moderator, rapporteur and projector roles need their own key: missing is
// unauthorized, wrong (or another role's, or another session's) is forbidden.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { closeAllRaw, connectRaw, handshake, refusalOf } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

describe('handshake: staff keys', () => {
  it('missing key → unauthorized, wrong key → forbidden, right key → welcome', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const t = await server.createSession(SAMPLE_DEFINITION);
    const keys = { moderator: s.moderatorKey, rapporteur: s.rapporteurKey, projector: s.projectorKey } as const;
    for (const role of ['moderator', 'rapporteur', 'projector'] as const) {
      expect((await refusalOf(server.url, handshake(s.code, role))).error, `${role} without key`).toBe('unauthorized');
      expect((await refusalOf(server.url, handshake(s.code, role, { key: '' }))).error, `${role} empty key`).toBe(
        'unauthorized',
      );
      expect(
        (await refusalOf(server.url, handshake(s.code, role, { key: 'x'.repeat(24) }))).error,
        `${role} wrong key`,
      ).toBe('forbidden');
      const otherSession =
        role === 'moderator' ? t.moderatorKey : role === 'rapporteur' ? t.rapporteurKey : t.projectorKey;
      expect(
        (await refusalOf(server.url, handshake(s.code, role, { key: otherSession }))).error,
        `${role} other session`,
      ).toBe('forbidden');
      const welcome = (await connectRaw(server.url, handshake(s.code, role, { key: keys[role] }))).welcome;
      expect(welcome.role).toBe(role);
    }
    // Another role's key does not open this role.
    expect((await refusalOf(server.url, handshake(s.code, 'moderator', { key: s.rapporteurKey }))).error).toBe(
      'forbidden',
    );
    expect((await refusalOf(server.url, handshake(s.code, 'rapporteur', { key: s.projectorKey }))).error).toBe(
      'forbidden',
    );
    // The sync client surfaces the refusal.
    const c = await connectClient(server.url, s.code, 'moderator', { key: s.rapporteurKey });
    expect(c.status).toBe('refused');
    expect(c.refusal?.error).toBe('forbidden');
    const d = await connectClient(server.url, s.code, 'moderator');
    expect(d.refusal?.error).toBe('unauthorized');
  });
});
