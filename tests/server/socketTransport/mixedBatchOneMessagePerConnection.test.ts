// TRANSPORT: a batch mixing visibilities (a tick of answers from several participants, a moderator
// command, staff-only curation) reaches each connection as ONE message holding exactly the events
// it may see, in sequence order.
import { afterEach, describe, expect, it } from 'vitest';
import { groupFor, type PublishGroup } from '../../../server/room.js';
import { socketTransport } from '../../../server/socket/transport.js';
import type { EventEnvelope, SessionEvent, Visibility } from '../../../shared/events.js';
import { canSee, type Viewer } from '../../../shared/visibility.js';
import { closeAllRaw, connectRaw, handshake, type RawSocket } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllRaw();
  await server?.close();
});

function listen(socket: RawSocket): EventEnvelope[][] {
  const messages: EventEnvelope[][] = [];
  socket.on('session:events', (envs) => messages.push(envs));
  return messages;
}

describe('socket transport', () => {
  it('sends one message per connection per mixed batch, with what each may see, in order', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectRaw(server.url, handshake(s.code, 'moderator', { key: s.moderatorKey }));
    const proj = await connectRaw(server.url, handshake(s.code, 'projector', { key: s.projectorKey }));
    const ps = await Promise.all([1, 2, 3, 4].map(() => connectRaw(server.url, handshake(s.code, 'participant'))));
    const pids = ps.map((p) => p.welcome.participant!.id);
    // Let the joins' own broadcasts pass before listening.
    await new Promise((r) => setTimeout(r, 100));
    const got = new Map<string, { viewer: Viewer; messages: EventEnvelope[][] }>([
      ['moderator', { viewer: { role: 'moderator', participantId: null }, messages: listen(mod.socket) }],
      ['projector', { viewer: { role: 'projector', participantId: null }, messages: listen(proj.socket) }],
      ...ps.map(
        (p, i) =>
          [
            `p${i + 1}`,
            { viewer: { role: 'participant' as const, participantId: pids[i]! }, messages: listen(p.socket) },
          ] as const,
      ),
    ]);

    const base = server.app.registry.get(s.code)!.state.seq + 100;
    const groups: { vis: Visibility; event: SessionEvent }[] = [
      { vis: { to: 'all' }, event: { type: 'phase:changed', phase: { kind: 'opening' } } },
      {
        vis: { to: 'screens', participantId: pids[0]! },
        event: { type: 'answer:submitted', answerId: 'a1', participantId: pids[0]!, questionId: 'main', text: 'one' },
      },
      {
        vis: { to: 'screens', participantId: pids[1]! },
        event: { type: 'answer:submitted', answerId: 'a2', participantId: pids[1]!, questionId: 'main', text: 'two' },
      },
      { vis: { to: 'staff' }, event: { type: 'conclusion:set', text: 'staff only', by: 'rapporteur' } },
      { vis: { to: 'all' }, event: { type: 'audience:toggled', open: false } },
      {
        vis: { to: 'screens', participantId: pids[0]! },
        event: { type: 'answer:edited', answerId: 'a1', text: 'one, edited' },
      },
      { vis: { to: 'staff', participantId: pids[2]! }, event: { type: 'aq:withdrawn', questionId: 'q1' } },
    ];
    const published: PublishGroup[] = groups.map((g, i) => ({
      vis: g.vis,
      events: [{ seq: base + i, at: 0, event: g.event }],
    }));
    // An event naming a participant: screens get it, its owner (p2) and the other phones their copies.
    const vote = { type: 'aq:voted' as const, questionId: 'q9', participantId: pids[1]!, up: true };
    const at = { seq: base + groups.length, at: 0 };
    published.splice(3, 0, {
      vis: { to: 'all' },
      events: [{ ...at, event: vote }],
      phone: {
        owner: pids[1]!,
        mine: [{ ...at, event: { ...vote, votes: 3 } }],
        others: [{ ...at, event: { ...vote, participantId: '', votes: 3 } }],
      },
    });
    socketTransport(server.app.io).publish(s.code, published);

    for (const [name, { viewer, messages }] of got) {
      const expected = published.filter((g) => canSee(g.vis, viewer)).flatMap((g) => groupFor(g, viewer));
      await waitFor(() => messages.length >= 1, { what: `${name} got its message` });
      await new Promise((r) => setTimeout(r, 50));
      expect(messages, name).toEqual([expected]);
    }
    // Spot checks of the filter itself: a participant never sees another's answer or staff events.
    expect(got.get('p4')!.messages[0]!.map((e) => e.event.type)).toEqual([
      'phase:changed',
      'aq:voted',
      'audience:toggled',
    ]);
    expect(got.get('projector')!.messages[0]!.some((e) => e.event.type === 'conclusion:set')).toBe(false);
    const votesSeen = (name: string) =>
      got.get(name)!.messages[0]!.flatMap((e) => (e.event.type === 'aq:voted' ? [e.event.participantId] : []));
    expect(votesSeen('p2')).toEqual([pids[1]]);
    expect(votesSeen('p1')).toEqual(['']);
    expect(votesSeen('p4')).toEqual(['']);
    expect(votesSeen('projector')).toEqual([pids[1]]);
  });

  it('sends a batch of one visibility as a single broadcast', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const ps = await Promise.all([1, 2].map(() => connectRaw(server.url, handshake(s.code, 'participant'))));
    await new Promise((r) => setTimeout(r, 100));
    const messages = ps.map((p) => listen(p.socket));
    const events: EventEnvelope[] = [
      { seq: 1000, at: 0, event: { type: 'phase:changed', phase: { kind: 'closing' } } },
      { seq: 1001, at: 0, event: { type: 'timer:set', timer: { status: 'running', durationMs: 60_000, endsAt: 123 } } },
    ];
    socketTransport(server.app.io).publish(s.code, [{ vis: { to: 'all' }, events }]);
    for (const m of messages) await waitFor(() => m.length === 1 && m[0]!.length === 2);
  });
});
