// PERSISTENCE: a server restarted on the same SQLite file replays every session exactly: the state,
// every acknowledged answer, the running timer, the turns, and each participant's identity.
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../client/sync/storage.js';
import type { SessionState } from '../../../shared/state.js';
import { connectClient } from '../../helpers/clients.js';
import { restartableServers } from '../../helpers/restart.js';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { sameView, serverState } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

const servers = restartableServers('palabre-restart-');

const disconnected = (s: SessionState): SessionState => ({
  ...s,
  participants: Object.fromEntries(Object.entries(s.participants).map(([id, p]) => [id, { ...p, connected: false }])),
});

describe('restart', () => {
  it('a new app on the same SQLite file restores the session, its answers and its participants', async () => {
    const file = servers.newFile();
    const first = await servers.start(file);
    const s = await first.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(first.url, s.code, 'moderator', { key: s.moderatorKey });
    const rap = await connectClient(first.url, s.code, 'rapporteur', { key: s.rapporteurKey });
    const storages = [memoryStorage(), memoryStorage(), memoryStorage()];
    const ps = await Promise.all(
      storages.map((storage) => connectClient(first.url, s.code, 'participant', { storage })),
    );

    expect((await mod.send({ type: 'turn:start', speakerId: 's1' })).ok).toBe(true);
    expect((await mod.send({ type: 'turn:pause' })).ok).toBe(true);
    expect((await mod.send({ type: 'turn:resume' })).ok).toBe(true);
    expect((await mod.send({ type: 'turn:start', speakerId: 's2' })).ok).toBe(true);
    expect((await mod.send({ type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } })).ok).toBe(true);
    expect((await mod.send({ type: 'timer:start', durationMs: 300_000 })).ok).toBe(true);
    const acked: { pid: string; answerId: string; text: string }[] = [];
    await Promise.all(
      ps.flatMap((p, i) =>
        ['r1q1', 'r1q2'].map(async (q) => {
          const answerId = `a-${i}-${q}`;
          const text = `Answer of ${i} to ${q}`;
          const ack = await p.send({ type: 'answer:submit', answerId, questionId: q, text });
          if (ack.ok) acked.push({ pid: p.participantId!, answerId, text });
        }),
      ),
    );
    expect(acked).toHaveLength(6);
    expect(
      (
        await ps[0]!.send({
          type: 'profile:set',
          name: 'Awa',
          organization: 'Enda',
          country: 'Senegal',
          language: 'fr',
          anonymous: false,
        })
      ).ok,
    ).toBe(true);
    expect((await rap.send({ type: 'notes:save', speakerId: 's1', text: 'Hub of SSE', baseRev: 0 })).ok).toBe(true);
    const before = structuredClone(serverState(first, s.code));
    expect(before.timer.status).toBe('running');
    expect(Object.values(before.participants).every((p) => p.connected)).toBe(true);
    const pids = ps.map((p) => p.participantId!);

    // Stop abruptly while everyone is still connected (a crash): the file never hears of the
    // disconnections, so it still says everyone is connected.
    first.store.close();
    await servers.stop(first);

    const second = await servers.start(file);
    // Replayed from the file: the very same state...
    const replayed = (await second.app.registry.load(s.code))!;
    expect(replayed.state).toEqual(before);
    // ...then nobody is connected yet, and the server records that.
    await waitFor(() => Object.values(serverState(second, s.code).participants).every((p) => !p.connected), {
      what: 'presence reset',
    });
    const after = serverState(second, s.code);
    expect({ ...after, seq: 0 }).toEqual({ ...disconnected(before), seq: 0 });
    expect(after.seq).toBeGreaterThan(before.seq);
    for (const a of acked)
      expect(after.answers[a.answerId]).toMatchObject({ participantId: a.pid, text: a.text, withdrawn: false });

    // A phone that kept its identity is the same person, with its answers.
    const back = await connectClient(second.url, s.code, 'participant', { storage: storages[1] });
    expect(back.status).toBe('online');
    expect(back.participantId).toBe(pids[1]);
    await waitFor(() => sameView(back, second, s.code));
    expect(Object.keys(back.state!.answers).sort()).toEqual(['a-1-r1q1', 'a-1-r1q2']);
    expect(serverState(second, s.code).participants[pids[1]!]?.connected).toBe(true);
    expect(Object.keys(serverState(second, s.code).participants)).toHaveLength(3);
    // Its answer is still its own: a retry of it is acknowledged, not refused or duplicated.
    expect((await back.send({ type: 'answer:edit', answerId: 'a-1-r1q1', text: 'Edited after restart' })).ok).toBe(
      true,
    );
    expect((await second.store.eventsAfter(s.code, 0)).filter((e) => e.event.type === 'answer:submitted')).toHaveLength(
      6,
    );
    // The staff keys still open the session.
    const mod2 = await connectClient(second.url, s.code, 'moderator', { key: s.moderatorKey });
    expect(mod2.status).toBe('online');
    await waitFor(() => sameView(mod2, second, s.code));
  });
});
