// OFFLINE: participants lose the network while the session moves on (a minute of server time and
// hundreds of events), answer while offline (their answers wait in the outbox), and come back: they
// catch up without a reload (their state is exactly the server's, as they may see it) and their
// queued answers are stored once.
import type { Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionClient } from '../../../client/sync/sessionClient.js';
import type { Command } from '../../../shared/commands.js';
import type { Ack } from '../../../shared/errors.js';
import type { Welcome } from '../../../shared/protocol.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { expectSameView, sameView, serverState } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

/** The moderator's run of show, every step an event all participants see. */
const STEPS: Command[] = [
  { type: 'turn:start', speakerId: 's1' },
  { type: 'timer:adjust', deltaMs: 60_000 },
  { type: 'timer:pause' },
  { type: 'timer:resume' },
  { type: 'turn:start', speakerId: 's2' },
  { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } },
  { type: 'timer:start', durationMs: 120_000 },
  { type: 'phase:set', phase: { kind: 'audience' } },
];

const welcomes = (c: SessionClient): Welcome['kind'][] => {
  const kinds: Welcome['kind'][] = [];
  (c as unknown as { socket: Socket }).socket.on('session:welcome', (w: Welcome) => kinds.push(w.kind));
  return kinds;
};

describe('offline', () => {
  it('participants back from a long absence catch up without reload and deliver their queued answers once', {
    timeout: 120_000,
  }, async () => {
    let now = Date.now();
    // The moderator clicks faster than any rate limit meant for people: raised for this test.
    server = await startTestServer({
      clock: () => now,
      rateLimit: { perSecond: 10_000, burst: 10_000, cutAfter: 10_000 },
    });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    expect((await mod.send({ type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } })).ok).toBe(true);
    // The round stays open while the run of show moves on: the queued answers are about delivery.
    expect((await mod.send({ type: 'floor:keepOpen', keep: true })).ok).toBe(true);
    const online = await Promise.all([1, 2, 3].map(() => connectClient(server.url, s.code, 'participant')));
    const brief = await Promise.all([1, 2, 3].map(() => connectClient(server.url, s.code, 'participant')));
    const long = await Promise.all([1, 2, 3, 4].map(() => connectClient(server.url, s.code, 'participant')));
    const away = [...brief, ...long];
    const kinds = new Map(away.map((c) => [c, welcomes(c)]));

    for (const c of away) c.goOffline();
    await waitFor(() => away.every((c) => c.status === 'offline'), { what: 'offline' });

    // Typed while offline: kept in the outbox, not lost, not sent.
    const queued = new Map<SessionClient, { id: string; done: Promise<Ack> }[]>();
    away.forEach((c, i) =>
      queued.set(
        c,
        [0, 1, 2].map((k) => {
          const id = `off${i}x${k}`;
          return {
            id,
            done: c.send({
              type: 'answer:submit',
              answerId: id,
              questionId: k === 2 ? 'r1q2' : 'r1q1',
              text: `Offline answer ${k}`,
            }),
          };
        }),
      ),
    );
    await waitFor(() => away.every((c) => c.pending().length === 3), { what: 'answers queued offline' });

    const move = async (count: number) => {
      const acks = await Promise.all(
        Array.from({ length: count }, (_, i) => {
          now += 60_000 / count;
          return mod.send(STEPS[i % STEPS.length]!);
        }),
      );
      expect(acks.every((a) => a.ok)).toBe(true);
      // Those still online keep answering meanwhile.
      await Promise.all(
        online.map((c, i) =>
          c.send({ type: 'answer:submit', answerId: `on${i}x${count}`, questionId: 'r1q1', text: 'Online' }),
        ),
      );
    };

    // A short absence: a few events, sent as events.
    await move(16);
    for (const c of brief) c.goOnline();
    for (const c of brief) {
      await waitFor(() => c.pending().length === 0 && sameView(c, server, s.code), { what: 'brief absence caught up' });
      expect(kinds.get(c)).toEqual(['events']);
    }

    // A long absence: a minute of server time and more events than a catch-up carries: a snapshot.
    await move(240);
    for (const c of long) c.goOnline();
    for (const c of long) {
      await waitFor(() => c.pending().length === 0 && sameView(c, server, s.code), {
        timeout: 20_000,
        what: 'long absence caught up',
      });
      expect(kinds.get(c)).toEqual(['snapshot']);
    }

    // Every queued answer acknowledged, stored once, and seen by its author.
    const state = serverState(server, s.code);
    const submitted = server.app.registry
      .get(s.code)!
      .events()
      .filter((e) => e.event.type === 'answer:submitted');
    for (const [c, items] of queued) {
      for (const { id, done } of items) {
        expect((await done).ok).toBe(true);
        expect(state.answers[id]?.participantId).toBe(c.participantId);
        expect(c.state!.answers[id]?.text).toMatch(/^Offline answer/);
        expect(submitted.filter((e) => e.event.type === 'answer:submitted' && e.event.answerId === id)).toHaveLength(1);
      }
    }
    for (const c of [...away, ...online]) expectSameView(c, server, s.code);
    expect(state.seq).toBeGreaterThan(256);
  });
});
