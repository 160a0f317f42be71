// FLOODING: a client sending commands as fast as it can is refused with rate_limited, then
// disconnected (server/rateLimit.ts, the product's defaults); meanwhile another participant's
// commands are all acknowledged and the moderator's still reach everyone.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT } from '../../../server/rateLimit.js';
import type { Ack } from '../../../shared/errors.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { closeAllRaw, connectRaw, handshake } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

describe('flooding', () => {
  it('a flooding client is slowed, then cut off; everyone else carries on', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    expect((await mod.send({ type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } })).ok).toBe(true);
    const other = await connectClient(server.url, s.code, 'participant');
    const flooder = await connectRaw(server.url, handshake(s.code, 'participant'));
    const flooderId = flooder.welcome.participant!.id;
    let cut = '';
    flooder.socket.on('disconnect', (reason) => (cut = reason));
    const floodAcks: Ack[] = [];

    // As fast as it can: a thousand commands in one go, never waiting for an answer.
    const total = 1_000;
    const started = Date.now();
    let cutAt = 0;
    flooder.socket.on('disconnect', () => (cutAt = Date.now()));
    for (let i = 0; i < total; i++) {
      flooder.socket.emit(
        'command:send',
        { id: `f${i}`, command: { type: 'answer:submit', answerId: `f${i}`, questionId: 'r1q1', text: `flood ${i}` } },
        (a: Ack) => floodAcks.push(a),
      );
    }
    // Meanwhile a participant answers at a human pace.
    const otherAcks = await Promise.all(
      [0, 1, 2, 3, 4].map((k) =>
        other.send({
          type: 'answer:submit',
          answerId: `o${k}`,
          questionId: k % 2 ? 'r1q2' : 'r1q1',
          text: `Mine ${k}`,
        }),
      ),
    );

    await waitFor(() => cut !== '', { what: 'flooder disconnected' });
    expect(cut).toBe('io server disconnect');
    const limited = floodAcks.filter((a) => !a.ok && a.error === 'rate_limited');
    expect(limited.length).toBeGreaterThan(0);
    // Cut long before the thousand were through (refusals in a row; a refill may interleave a few).
    expect(limited.length + floodAcks.filter((a) => a.ok).length).toBeLessThan(total / 2);
    expect(otherAcks.map((a) => a.ok)).toEqual([true, true, true, true, true]);

    // The flooder got its burst through and no more; the other participant's answers are all there.
    const state = server.app.registry.get(s.code)!.state;
    const flooded = Object.values(state.answers).filter((a) => a.participantId === flooderId).length;
    expect(flooded).toBeGreaterThan(0);
    // Its burst, plus what the bucket refilled while it lasted.
    const seconds = (cutAt - started) / 1000;
    expect(flooded).toBeLessThanOrEqual(
      DEFAULT_RATE_LIMIT.burst + Math.ceil(DEFAULT_RATE_LIMIT.perSecond * (seconds + 1)),
    );
    expect(Object.values(state.answers).filter((a) => a.participantId === other.participantId)).toHaveLength(5);

    // The room carries on: the moderator's next command reaches the other participant.
    expect((await mod.send({ type: 'turn:start', speakerId: 's1' })).ok).toBe(true);
    await waitFor(() => other.state?.phase.kind === 'speaker', { what: 'moderator command delivered after the flood' });
  });
});
