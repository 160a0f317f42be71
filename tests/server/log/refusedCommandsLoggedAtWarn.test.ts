// LOGS: every refused command, whatever refused it (rate limit, schema, role, the domain's rules),
// leaves one warn line naming its reason.
import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/errors.js';
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

describe('refusal logs', () => {
  it('each refusal is logged once at warn with its reason', async () => {
    const log = captureLogger();
    server = await startTestServer({ logger: log.logger, rateLimit: { perSecond: 0.001, burst: 12, cutAfter: 1_000 } });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    const p = await connectClient(server.url, s.code, 'participant');
    const raw = await connectRaw(server.url, handshake(s.code, 'participant'));

    const refusals: ErrorCode[] = [];
    const expectRefused = async (ack: Promise<{ ok: boolean; error?: ErrorCode }>, error: ErrorCode) => {
      expect(await ack).toMatchObject({ ok: false, error });
      refusals.push(error);
    };
    await expectRefused(p.send({ type: 'session:end' }), 'forbidden');
    await expectRefused(
      p.send({ type: 'answer:submit', answerId: 'a', questionId: 'main', text: 'closed' }),
      'question_closed',
    );
    await expectRefused(p.send({ type: 'answer:submit', answerId: 'a', questionId: 'nope', text: 'x' }), 'not_found');
    await expectRefused(mod.send({ type: 'timer:pause' }), 'invalid_state');
    await expectRefused(mod.send({ type: 'turn:start', speakerId: 'ghost' }), 'not_found');
    await expectRefused(sendRaw(raw.socket, { id: 'bad', command: { type: 'nope' } }), 'invalid_payload');
    await expectRefused(sendRaw(raw.socket, 'garbage'), 'invalid_payload');
    expect((await mod.send({ type: 'answering:open', questionIds: ['main'] })).ok).toBe(true);
    await expectRefused(
      p.send({ type: 'answer:submit', answerId: 'long', questionId: 'main', text: 'x'.repeat(2_001) }),
      'text_too_long',
    );
    expect((await mod.send({ type: 'session:end' })).ok).toBe(true);
    await expectRefused(
      p.send({ type: 'answer:submit', answerId: 'late', questionId: 'main', text: 'late' }),
      'session_ended',
    );
    // The raw socket has spent its burst of 12: the next ones are rate limited.
    for (let i = 0; i < 10; i++) await sendRaw(raw.socket, 'garbage');
    const limited = await sendRaw(raw.socket, 'garbage');
    expect(limited).toMatchObject({ ok: false, error: 'rate_limited' });

    const warned = log.lines.filter((l) => l.level === 'warn' && l.msg === 'command refused');
    const reasons = warned.map((l) => l.fields.reason);
    for (const r of new Set(refusals))
      expect(reasons.filter((x) => x === r).length, r).toBeGreaterThanOrEqual(refusals.filter((x) => x === r).length);
    expect(reasons).toContain('rate_limited');
    // One line per refused command, no more, no less.
    expect(warned).toHaveLength(refusals.length + 10 + 1);
    // Every line names the session, and who was refused (a role, never a participant's secret).
    for (const l of warned) {
      expect(l.fields.code).toBe(s.code);
      expect(['moderator', 'participant']).toContain(l.fields.role ?? l.fields.actor);
    }
    // Accepted commands are not logged as refusals.
    expect(warned.some((l) => l.fields.label === 'answering:open' || l.fields.why === 'answering:open')).toBe(false);
  });
});
