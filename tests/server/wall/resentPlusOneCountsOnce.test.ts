// Real sockets: phones see no one else's answer until the moderator shows the wall, then the wall
// with its counts; a +1 resent with the same id (in the same tick, after the ack, from a new
// connection after a reload) and a second +1 under a new id count once.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllRaw, connectRaw, handshake, sendRaw } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { serverState } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllRaw();
  await server?.close();
});

const wallEvents = (events: { event: { type: string } }[]) => events.filter((e) => e.event.type.startsWith('wall:'));

describe('the wall on phones over real sockets', () => {
  it('shows the wall only once shown, and counts a resent +1 once', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectRaw(server.url, handshake(s.code, 'moderator', { key: s.moderatorKey }));
    const ok = { ok: true };
    expect(
      await sendRaw(mod.socket, { id: 'm1', command: { type: 'answering:open', questionIds: ['r1q1'] } }),
    ).toMatchObject(ok);

    const author = await connectRaw(server.url, handshake(s.code, 'participant'));
    const fan = await connectRaw(server.url, handshake(s.code, 'participant'));
    const command = { type: 'answer:submit', answerId: 'ans-1', questionId: 'r1q1', text: 'Shared kitchens' };
    expect(await sendRaw(author.socket, { id: 'c-a1', command })).toMatchObject(ok);
    // Not shown yet: the other phone gets neither the answer nor a wall, and a +1 is refused.
    expect(
      await sendRaw(fan.socket, { id: 'early', command: { type: 'answer:plusOne', answerId: 'ans-1', on: true } }),
    ).toMatchObject({
      ok: false,
      error: 'wall_closed',
    });
    expect(fan.events.filter((e) => e.event.type === 'answer:submitted')).toEqual([]);
    expect(wallEvents(fan.events)).toEqual([]);

    expect(
      await sendRaw(mod.socket, { id: 'm2', command: { type: 'wall:show', questionId: 'r1q1', shown: true } }),
    ).toMatchObject(ok);
    await waitFor(() => fan.events.some((e) => e.event.type === 'wall:updated'), { what: 'the wall on the phone' });
    expect(fan.events.find((e) => e.event.type === 'wall:updated')!.event).toMatchObject({
      put: [{ id: 'ans-1', text: 'Shared kitchens', name: '', count: 0 }],
    });

    // The same +1 three ways, and again under a new id: one +1.
    const me = fan.welcome.participant!;
    const envelope = { id: 'plus-1', command: { type: 'answer:plusOne', answerId: 'ans-1', on: true } };
    const [a, b] = await Promise.all([sendRaw(fan.socket, envelope), sendRaw(fan.socket, envelope)]);
    expect(a).toMatchObject(ok);
    expect(b).toEqual(a);
    fan.socket.disconnect();
    const again = await connectRaw(
      server.url,
      handshake(s.code, 'participant', { participantId: me.id, participantToken: me.token }),
    );
    expect(await sendRaw(again.socket, envelope)).toEqual(a);
    expect(await sendRaw(again.socket, { ...envelope, id: 'plus-2' })).toMatchObject(ok);
    expect((await server.store.eventsAfter(s.code, 0)).filter((e) => e.event.type === 'answer:plusOned')).toHaveLength(
      1,
    );
    expect(serverState(server, s.code).plusOnes).toEqual({ 'ans-1': [me.id] });

    // The author's phone gets the count, aggregated (no one's +1 itself); its own +1 is refused.
    await waitFor(
      () => author.events.some((e) => e.event.type === 'wall:updated' && JSON.stringify(e.event).includes('"count":1')),
      { what: 'the count on the author’s phone' },
    );
    expect(author.events.filter((e) => e.event.type === 'answer:plusOned')).toEqual([]);
    expect(
      await sendRaw(author.socket, { id: 'own', command: { type: 'answer:plusOne', answerId: 'ans-1', on: true } }),
    ).toMatchObject({
      ok: false,
      error: 'own_answer',
    });
  });
});
