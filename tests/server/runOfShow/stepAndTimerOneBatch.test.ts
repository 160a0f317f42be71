// Moving to a step sets its planned timer in the same committed batch: one `phase:set` from the
// console, one `session:events` message to everyone, stored with consecutive sequence numbers.
import { afterEach, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../../shared/events.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { closeAllRaw, connectRaw, handshake, type RawConnection } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

const MIN = 60_000;
let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

/** Every `session:events` message a raw socket receives, as sent (not flattened). */
function batchesOf(c: RawConnection): EventEnvelope[][] {
  const batches: EventEnvelope[][] = [];
  c.socket.on('session:events', (envs) => batches.push(envs));
  return batches;
}

describe('phase:set and the step timer', () => {
  it('another client receives the step and its planned timer in one message, as they are stored', async () => {
    server = await startTestServer({ sqlite: true });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    const participant = await connectRaw(server.url, handshake(s.code, 'participant'));
    const rapporteur = await connectRaw(server.url, handshake(s.code, 'rapporteur', { key: s.rapporteurKey }));
    // A speaker is talking, with the clock running: the move must end the turn and replace the clock.
    expect((await mod.send({ type: 'turn:start', speakerId: 's1' })).ok).toBe(true);
    await waitFor(() => participant.events.some((e) => e.event.type === 'turn:started'));
    await waitFor(() => rapporteur.events.some((e) => e.event.type === 'turn:started'));
    const watched = [participant, rapporteur].map(batchesOf);

    const phase = { kind: 'question', questionId: 'main' } as const;
    expect((await mod.send({ type: 'phase:set', phase })).ok).toBe(true);
    // A later command marks the end of what phase:set broadcast (messages arrive in order).
    expect((await mod.send({ type: 'audience:toggle', open: false })).ok).toBe(true);
    for (const batches of watched)
      await waitFor(() => batches.some((b) => b.some((e) => e.event.type === 'audience:toggled')));

    const stored = await server.store.eventsAfter(s.code, 0);
    const storedPhase = stored.find((e) => e.event.type === 'phase:changed' && e.event.phase.kind === 'question')!;
    const storedTimer = stored.find((e) => e.seq === storedPhase.seq + 1)!;
    expect(storedTimer.event).toEqual({ type: 'timer:set', timer: { status: 'idle', durationMs: 5 * MIN } });
    expect(storedTimer.at).toBe(storedPhase.at);
    // Exactly one timer:set after the move was stored (no second, client-computed reset).
    expect(stored.filter((e) => e.seq > storedPhase.seq && e.event.type === 'timer:set')).toHaveLength(1);

    for (const batches of watched) {
      const before = batches.findIndex((b) => b.some((e) => e.event.type === 'audience:toggled'));
      const relevant = batches
        .slice(0, before)
        .filter((b) => b.some((e) => e.event.type === 'phase:changed' || e.event.type === 'timer:set'));
      expect(relevant).toHaveLength(1);
      const [batch] = relevant as [EventEnvelope[]];
      const p = batch.find((e) => e.event.type === 'phase:changed')!;
      const t = batch.find((e) => e.event.type === 'timer:set')!;
      expect(p.event).toEqual({ type: 'phase:changed', phase });
      expect(t.seq).toBe(p.seq + 1);
      // What was received is what was stored.
      expect([p, t]).toEqual([storedPhase, storedTimer]);
    }
    await waitFor(() => mod.state?.phase.kind === 'question');
    expect(mod.state!.timer).toEqual({ status: 'idle', durationMs: 5 * MIN });
  });
});
