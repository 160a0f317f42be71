// CATCH-UP: a short absence is answered with the missed events; past 200 of them, with a snapshot of
// what the viewer may see. Spied on the wire with a raw socket.
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionState } from '../../../shared/state.js';
import { viewFor } from '../../../shared/visibility.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { closeAllRaw, connectRaw, handshake } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { sameView, serverState, withoutSeq } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

const FAST = { perSecond: 100_000, burst: 100_000, cutAfter: 100_000 };

describe('catch-up', () => {
  it('a few missed events come as events; more than 200 come as a snapshot', async () => {
    server = await startTestServer({ rateLimit: FAST, socketLimits: { commandsPerAddress: FAST } });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    const first = await connectRaw(server.url, handshake(s.code, 'participant'));
    expect(first.welcome.kind).toBe('snapshot');
    const me = first.welcome.participant!;
    expect(me.token.length).toBeGreaterThanOrEqual(21);
    const state = (first.welcome as { state: SessionState }).state;
    first.socket.disconnect();
    await waitFor(() => serverState(server, s.code).participants[me.id]?.connected === false);

    // Short absence: exactly the missed events this participant may see.
    const lastSeq = state.seq;
    for (let i = 0; i < 3; i++) expect((await mod.send({ type: 'timer:adjust', deltaMs: 1_000 })).ok).toBe(true);
    const back = await connectRaw(
      server.url,
      handshake(s.code, 'participant', { participantId: me.id, participantToken: me.token, lastSeq }),
    );
    expect(back.welcome.participant?.id).toBe(me.id);
    if (back.welcome.kind !== 'events') throw new Error(`expected events, got ${back.welcome.kind}`);
    // 3 adjustments, then its own presence flips (off while away, on now).
    expect(back.welcome.events.map((e) => e.event.type)).toEqual([
      'participant:presence',
      'timer:set',
      'timer:set',
      'timer:set',
      'participant:presence',
    ]);
    expect(back.welcome.events.every((e) => e.seq > lastSeq)).toBe(true);
    const seqBeforeLongAbsence = back.welcome.events.at(-1)!.seq;
    back.socket.disconnect();
    await waitFor(() => serverState(server, s.code).participants[me.id]?.connected === false);

    // Away again: exactly 200 events to catch up on (198 adjustments and its own presence off, then
    // on) still come as events; one more and it is a snapshot.
    const absent = async (adjustments: number, lastSeq: number) => {
      const sends = Array.from({ length: adjustments }, () => mod.send({ type: 'timer:adjust', deltaMs: 1_000 }));
      expect((await Promise.all(sends)).every((a) => a.ok)).toBe(true);
      const c = await connectRaw(
        server.url,
        handshake(s.code, 'participant', { participantId: me.id, participantToken: me.token, lastSeq }),
      );
      c.socket.disconnect();
      await waitFor(() => serverState(server, s.code).participants[me.id]?.connected === false);
      return c.welcome;
    };
    const w200 = await absent(198, seqBeforeLongAbsence);
    if (w200.kind !== 'events') throw new Error('200 missed events should come as events');
    expect(w200.events).toHaveLength(200);
    expect(w200.events[0]!.seq).toBe(seqBeforeLongAbsence + 1);
    const w201 = await absent(199, w200.events.at(-1)!.seq);
    if (w201.kind !== 'snapshot') throw new Error(`expected a snapshot, got ${w201.events.length} events`);
    const view = viewFor(serverState(server, s.code), { role: 'participant', participantId: me.id });
    // The snapshot is the participant's view as of its welcome; only its presence flipped off since.
    expect(w201.state).toEqual({
      ...view,
      seq: view.seq - 1,
      participants: { [me.id]: { ...view.participants[me.id]!, connected: true } },
    });
    expect(w201.state.timer.durationMs).toBe(3_000 + 198_000 + 199_000);

    // The sync client, on the same path, ends where the server says.
    const p = await connectClient(server.url, s.code, 'participant');
    p.goOffline();
    await waitFor(() => p.status === 'offline');
    await Promise.all(Array.from({ length: 205 }, () => mod.send({ type: 'timer:adjust', deltaMs: -1_000 })));
    p.goOnline();
    await waitFor(() => sameView(p, server, s.code), { what: 'client caught up from a snapshot' });
    expect(withoutSeq(p.state)).toEqual(
      withoutSeq(viewFor(serverState(server, s.code), { role: 'participant', participantId: p.participantId })),
    );
  });
});
