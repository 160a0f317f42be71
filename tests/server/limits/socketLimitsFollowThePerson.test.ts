// Socket rate limits follow the person, not the socket: one bucket per participant shared by all its
// sockets, new identities bounded per address and session, clock pings limited, and every bucket on
// the monotonic clock (a wall clock stepped either way neither refuses nor frees anyone).
import { afterEach, describe, expect, it } from 'vitest';
import type { Ack } from '../../../shared/errors.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { closeAllRaw, connectRaw, handshake, refusalOf, sendRaw, type RawConnection } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

/** A monotonic clock the test moves by hand (frozen otherwise: no refill happens behind its back). */
function handClock(start = 1_000_000) {
  let t = start;
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
  };
}

const profile = (name: string) => ({
  type: 'profile:set' as const,
  name,
  organization: '',
  country: '',
  language: 'en' as const,
  anonymous: false,
});

let n = 0;
const send = (c: RawConnection, command: unknown) => sendRaw(c.socket, { id: `cmd-${++n}-${'x'.repeat(21)}`, command });

describe('socket limits follow the person', () => {
  it('thirty sockets of one participant are limited as one', async () => {
    const mono = handClock();
    server = await startTestServer({ monotonic: mono.now, rateLimit: { perSecond: 1, burst: 10, cutAfter: 10_000 } });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const first = await connectRaw(server.url, handshake(s.code, 'participant'));
    const me = first.welcome.participant!;
    const sockets = [first];
    for (let i = 1; i < 30; i++)
      sockets.push(
        await connectRaw(
          server.url,
          handshake(s.code, 'participant', { participantId: me.id, participantToken: me.token }),
        ),
      );

    const acks: Ack[] = await Promise.all(
      sockets.flatMap((c, i) => [0, 1, 2, 3, 4].map((k) => send(c, profile(`P ${i}.${k}`)))),
    );
    const through = acks.filter((a) => !(!a.ok && a.error === 'rate_limited'));
    // The burst of one participant, whatever the number of its sockets (150 sent).
    expect(through).toHaveLength(10);
    expect(through.every((a) => a.ok)).toBe(true);

    // Another participant on the same address has its own bucket.
    const other = await connectRaw(server.url, handshake(s.code, 'participant'));
    expect(await send(other, profile('Other'))).toMatchObject({ ok: true });
  });

  it('fresh identities from one address beyond the burst are refused with rate_limited', async () => {
    const mono = handClock();
    server = await startTestServer({
      monotonic: mono.now,
      socketLimits: { newIdentities: { limit: 5, windowMs: 60_000 } },
    });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const joined: RawConnection[] = [];
    for (let i = 0; i < 5; i++) joined.push(await connectRaw(server.url, handshake(s.code, 'participant')));
    expect(new Set(joined.map((c) => c.welcome.participant!.id)).size).toBe(5);

    const refused = await refusalOf(server.url, handshake(s.code, 'participant', { language: 'fr' }));
    expect(refused.error).toBe('rate_limited');
    expect(refused.message).toBe('Vous envoyez trop vite. Patientez un instant.');
    expect(Object.keys(server.app.registry.get(s.code)!.state.participants)).toHaveLength(5);

    // A returning participant is not a new identity; another session has its own budget.
    const me = joined[0]!.welcome.participant!;
    const back = await connectRaw(
      server.url,
      handshake(s.code, 'participant', { participantId: me.id, participantToken: me.token }),
    );
    expect(back.welcome.participant!.id).toBe(me.id);
    const s2 = await server.createSession(SAMPLE_DEFINITION);
    await connectRaw(server.url, handshake(s2.code, 'participant'));

    // 5 per minute: one more every 12 s.
    mono.advance(12_000);
    await connectRaw(server.url, handshake(s.code, 'participant'));
    expect((await refusalOf(server.url, handshake(s.code, 'participant'))).error).toBe('rate_limited');
  });

  it('a client refused for too many new identities comes back by itself', async () => {
    const mono = handClock();
    server = await startTestServer({
      monotonic: mono.now,
      socketLimits: { newIdentities: { limit: 1, windowMs: 60_000 } },
    });
    const s = await server.createSession(SAMPLE_DEFINITION);
    await connectRaw(server.url, handshake(s.code, 'participant'));
    const late = await connectClient(server.url, s.code, 'participant', { wait: false });
    await waitFor(() => late.status === 'offline', { what: 'late comer told to wait' });
    expect(late.refusal).toBeNull();
    mono.advance(60_000);
    await waitFor(() => late.status === 'online', { what: 'late comer in', timeout: 15_000 });
  });

  it('pings beyond the limit get no answer while the moderator is still served', async () => {
    const mono = handClock();
    server = await startTestServer({
      monotonic: mono.now,
      socketLimits: { pings: { perSecond: 1, burst: 8, cutAfter: 1_000_000 } },
    });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    const pinger = await connectRaw(server.url, handshake(s.code, 'participant'));
    const twin = await connectRaw(
      server.url,
      handshake(s.code, 'participant', {
        participantId: pinger.welcome.participant!.id,
        participantToken: pinger.welcome.participant!.token,
      }),
    );
    let answered = 0;
    for (let i = 0; i < 300; i++) {
      for (const c of [pinger, twin]) c.socket.emit('time:ping', () => void answered++);
    }
    // A command sent after the pings is answered after them (same socket, in order).
    expect(await send(pinger, profile('Pinger'))).toMatchObject({ ok: true });
    expect(await send(twin, profile('Pinger 2'))).toMatchObject({ ok: true });
    expect(answered).toBe(8);

    // The moderator's commands and clock (its own bucket: 5 pings when it came online, and this one) still go through.
    expect((await mod.send({ type: 'phase:set', phase: { kind: 'opening' } })).ok).toBe(true);
    const modPing = await (mod as unknown as { socket: RawConnection['socket'] }).socket
      .timeout(2_000)
      .emitWithAck('time:ping');
    expect(typeof modPing).toBe('number');
  });

  it('a wall clock stepped back (or forward) an hour neither limits nor frees anyone', async () => {
    const mono = handClock();
    let skew = 0;
    server = await startTestServer({
      monotonic: mono.now,
      clock: () => Date.now() + skew,
      rateLimit: { perSecond: 1, burst: 3, cutAfter: 10_000 },
    });
    const s = await server.createSession(SAMPLE_DEFINITION);
    const p = await connectRaw(server.url, handshake(s.code, 'participant'));
    for (let i = 0; i < 3; i++) expect(await send(p, profile(`A${i}`))).toMatchObject({ ok: true });
    expect(await send(p, profile('A3'))).toMatchObject({ ok: false, error: 'rate_limited' });

    // The wall clock jumps an hour ahead: no refill (no time passed).
    skew = 3_600_000;
    expect(await send(p, profile('A4'))).toMatchObject({ ok: false, error: 'rate_limited' });

    // It is stepped back an hour behind where it started, while 3 s pass: 3 tokens came back.
    skew = -3_600_000;
    mono.advance(3_000);
    for (let i = 0; i < 3; i++) expect(await send(p, profile(`B${i}`))).toMatchObject({ ok: true });
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    expect((await mod.send({ type: 'phase:set', phase: { kind: 'opening' } })).ok).toBe(true);
  });
});
