// FUZZ (payloads): thousands of random and malformed `command:send` payloads, mutated from valid
// commands of every type, from every role on raw sockets, plus events the protocol does not have.
// The server never crashes, every refused command leaves the state and the store exactly as they
// were, every ack names a known error in words, and at the end fresh clients see the server's state.
// FUZZ_SEED=<n> runs another seed; FUZZ_PAYLOADS=<n> sends more.
import { afterEach, expect, it } from 'vitest';
import type { Ack } from '../../../shared/errors.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_COMMANDS } from '../../helpers/commands.js';
import { mulberry32 } from '../../helpers/fuzz.js';
import { closeAllRaw, connectRaw, handshake, sendRaw, type RawConnection } from '../../helpers/raw.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../../helpers/server.js';
import { expectSameView, serverState } from '../../helpers/views.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

const SEED = Number(process.env.FUZZ_SEED ?? 7);
const PAYLOADS = Number(process.env.FUZZ_PAYLOADS ?? 2_500);
const FAST = { perSecond: 1_000_000, burst: 1_000_000, cutAfter: 1_000_000 };
const ERROR_CODES = new Set([
  'invalid_payload',
  'too_large',
  'text_too_long',
  'not_found',
  'question_closed',
  'questions_closed',
  'session_ended',
  'invalid_state',
  'forbidden',
  'rate_limited',
  'profile_required',
  'unauthorized',
  'session_not_found',
]);

function generator(seed: number) {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  // session:end would make every later command `session_ended`: it is sent once, at the end.
  const samples = (Object.values(SAMPLE_COMMANDS) as Record<string, unknown>[]).filter((c) => c.type !== 'session:end');
  const nasty = (): unknown =>
    pick<() => unknown>([
      () => null,
      () => -1,
      () => 1e308,
      () => 2 ** 53 + 1,
      () => 0.5,
      () => true,
      () => '',
      () => 'x'.repeat(Math.floor(r() * 30_000)),
      () => '<script>alert(1)</script>',
      () => '=HYPERLINK("http://evil")',
      () => '\u0000\u202e\ud800',
      () => 'r1q1',
      () => 's1',
      () => '__proto__',
      () => [],
      () => ['r1q1', 'r1q1', 7],
      () => ({}),
      () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}'),
      () => ({
        kind: pick(['opening', 'speaker', 'question', 'round', 'audience', 'closing', 'party']),
        speakerId: pick(['s1', 'zz']),
        questionId: pick(['r1q1', 'main', '??']),
        roundId: 'r1',
      }),
      () => Array.from({ length: 50 }, () => ({ a: [{ b: [{ c: 'deep' }] }] })),
    ])();
  const mutate = (cmd: Record<string, unknown>): unknown => {
    const c: Record<string, unknown> = structuredClone(cmd);
    for (let n = 1 + Math.floor(r() * 3); n > 0; n--) {
      const keys = Object.keys(c);
      const roll = r();
      if (roll < 0.25 && keys.length) delete c[pick(keys)];
      else if (roll < 0.6 && keys.length) c[pick(keys)] = nasty();
      else if (roll < 0.7)
        c.type = pick([...samples.map((s) => s.type as string), 'session:delete', '', 'constructor', 7]);
      else if (roll < 0.8) c[pick(['extra', '__proto__', 'then', 'toString'])] = nasty();
      else if (roll < 0.9) return nasty();
    }
    return c;
  };
  let n = 0;
  const id = (): unknown => (r() < 0.9 ? `fz${seed}-${n++}` : nasty());
  return {
    r,
    pick,
    envelope: (): unknown => {
      const roll = r();
      if (roll < 0.05) return nasty();
      if (roll < 0.1) return [{ id: id(), command: pick(samples) }];
      // A third exactly valid (so sequences move the session on), the rest mutated.
      const command = roll < 0.4 ? pick(samples) : mutate(pick(samples));
      return r() < 0.05 ? { command } : { id: id(), command, ...(r() < 0.05 ? { extra: nasty() } : {}) };
    },
  };
}

it(`seed ${SEED}: ${PAYLOADS} random payloads from every role; refusals change nothing, views converge`, async () => {
  server = await startTestServer({ rateLimit: FAST, socketLimits: { commandsPerAddress: FAST } });
  const s = await server.createSession(SAMPLE_DEFINITION);
  const conns: [string, RawConnection][] = [
    ['moderator', await connectRaw(server.url, handshake(s.code, 'moderator', { key: s.moderatorKey }))],
    ['rapporteur', await connectRaw(server.url, handshake(s.code, 'rapporteur', { key: s.rapporteurKey }))],
    ['projector', await connectRaw(server.url, handshake(s.code, 'projector', { key: s.projectorKey }))],
    ['participant', await connectRaw(server.url, handshake(s.code, 'participant'))],
    ['participant', await connectRaw(server.url, handshake(s.code, 'participant'))],
  ];
  for (const [role, c] of conns) {
    if (role === 'participant')
      expect(
        await sendRaw(c.socket, { id: `p-${c.welcome.participant?.id}`, command: SAMPLE_COMMANDS['profile:set'] }),
      ).toMatchObject({ ok: true });
  }
  const g = generator(SEED);
  const counts = { ok: 0, refused: 0 };
  for (let i = 0; i < PAYLOADS; i++) {
    const [role, c] = g.pick(conns);
    // Events the protocol does not have are ignored (sent without waiting: nothing answers them).
    if (g.r() < 0.03)
      (c.socket as unknown as { emit(ev: string, ...a: unknown[]): void }).emit(
        g.pick(['session:end', 'command', '__proto__', 'time:ping:x']),
        g.envelope(),
      );
    const envelope = g.envelope();
    const before = JSON.stringify(serverState(server, s.code));
    const stored = (await server.store.eventsAfter(s.code, 0)).length;
    const ack: Ack = await sendRaw(c.socket, envelope);
    const what = `#${i} from the ${role}: ${JSON.stringify(envelope)?.slice(0, 300)} → ${JSON.stringify(ack)}`;
    if (ack.ok) {
      counts.ok++;
      continue;
    }
    counts.refused++;
    expect(ERROR_CODES.has(ack.error), what).toBe(true);
    expect(ack.message.length, what).toBeGreaterThan(0);
    // An envelope whose id was used before is answered with the first ack, refused or not: either
    // way nothing new may happen.
    expect(JSON.stringify(serverState(server, s.code)), what).toBe(before);
    expect((await server.store.eventsAfter(s.code, 0)).length, what).toBe(stored);
  }
  // Both outcomes happened many times: the payloads reached the rules, not only the schemas.
  expect(counts.ok).toBeGreaterThan(PAYLOADS / 40);
  expect(counts.refused).toBeGreaterThan(PAYLOADS / 3);
  for (const [, c] of conns) expect(c.socket.connected).toBe(true);
  // The fuzz never ended the session; ended now, a new answer is refused and changes nothing.
  expect(await sendRaw(conns[0]![1].socket, { id: 'the-end', command: { type: 'session:end' } })).toMatchObject({
    ok: true,
  });
  const ended = JSON.stringify(serverState(server, s.code));
  const late = { type: 'answer:submit', answerId: 'late-answer', questionId: 'main', text: 'Too late' };
  expect(await sendRaw(conns[3]![1].socket, { id: 'late', command: late })).toMatchObject({
    ok: false,
    error: 'session_ended',
  });
  expect(JSON.stringify(serverState(server, s.code))).toBe(ended);
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

  // Fresh clients of every role hold exactly their view of the server's state.
  const fresh = [
    await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey }),
    await connectClient(server.url, s.code, 'rapporteur', { key: s.rapporteurKey }),
    await connectClient(server.url, s.code, 'projector', { key: s.projectorKey }),
    await connectClient(server.url, s.code, 'participant'),
  ];
  for (const f of fresh) {
    await waitFor(() => f.state !== null, { what: 'welcome' });
    expectSameView(f, server, s.code);
  }
}, 120_000);
