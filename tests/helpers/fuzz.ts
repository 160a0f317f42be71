// The convergence fuzzer, tldraw syncFuzz style: a moderator, a rapporteur, a projector and a few
// participants, all real sync clients on a real server, send random commands (valid and not, some
// forbidden, some retried with the same id) while dropping off the network and coming back, or
// reloading the page. At the end, once every outbox has drained, each client must hold exactly
// what the server says it may see. A seed fixes the sequence of actions; the failure names it.
import { expect } from 'vitest';
import type { SessionClient } from '../../client/sync/sessionClient.js';
import { memoryStorage, type KeyValue } from '../../client/sync/storage.js';
import type { Command } from '../../shared/commands.js';
import type { Ack } from '../../shared/errors.js';
import { replay } from '../../shared/reducer.js';
import type { Phase } from '../../shared/state.js';
import { SAMPLE_COMMANDS } from './commands.js';
import { closeAllClients, connectClient } from './clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from './server.js';
import { expectSameView, sameView, serverState, viewerOf } from './views.js';
import { waitFor } from './waitFor.js';

/** A small, fast, seedable PRNG (public domain). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzOptions {
  steps?: number;
  participants?: number;
}

interface Actor {
  name: string;
  client: SessionClient;
  storage: KeyValue;
  role: 'moderator' | 'rapporteur' | 'projector' | 'participant';
  key?: string;
  online: boolean;
  /** Commands this client sent, to re-send some with the same id. */
  sent: { id: string; command: Command }[];
}

const FAST = { perSecond: 100_000, burst: 100_000, cutAfter: 100_000 };
const SPEAKERS = ['s1', 's2', 'ghost'];
const QUESTIONS = ['main', 'r1q1', 'r1q2', 'r2q1', 'nope'];

/** Runs one seed; throws (naming the seed) if any client ends out of step with the server. */
export async function runFuzz(seed: number, o: FuzzOptions = {}): Promise<void> {
  let server: TestServer | null = null;
  // Server time runs ahead as the fuzz tells it (per-window limits, timers), never backwards.
  const clock = { skew: 0 };
  try {
    server = await startTestServer({
      rateLimit: FAST,
      socketLimits: { commandsPerAddress: FAST },
      clock: () => Date.now() + clock.skew,
    });
    await fuzz(server, seed, o, clock);
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    err.message = `fuzz seed ${seed} failed (re-run with FUZZ_SEED=${seed}): ${err.message}`;
    throw err;
  } finally {
    closeAllClients();
    await server?.close();
  }
}

async function fuzz(server: TestServer, seed: number, o: FuzzOptions, clock: { skew: number }): Promise<void> {
  const rnd = mulberry32(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => rnd() < p;
  const steps = o.steps ?? 200;

  const s = await server.createSession({
    ...SAMPLE_DEFINITION,
    moderation: 'approve',
    audienceQuestions: 'whenOpen',
    maxAnswerLength: 60,
  });
  const actors: Actor[] = [];
  // What each client sent, heard and was answered, quoted in the failure message.
  const trace: string[] = [];
  type TracedSocket = {
    emit: (...a: unknown[]) => unknown;
    on: (e: string, f: (...a: unknown[]) => void) => void;
    onAny: (f: (...a: unknown[]) => void) => void;
  };
  const traceOf = (name: string) =>
    trace
      .filter((l) => l.startsWith(`${name} `) && !l.includes('recv session:events') && !l.includes(' status '))
      .slice(-15);
  const instrument = (name: string, client: SessionClient) => {
    const sock = (client as unknown as { socket: TracedSocket }).socket;
    const emit = sock.emit.bind(sock);
    sock.emit = (...args: unknown[]) => {
      if (args[0] === 'command:send') {
        const env = args[1] as { id: string };
        const ack = args[2] as (a: unknown) => void;
        trace.push(`${name} emit ${env.id}`);
        return emit(args[0], env, (a: unknown) => {
          trace.push(`${name} ack ${env.id} ${JSON.stringify(a)}`);
          ack(a);
        });
      }
      return emit(...args);
    };
    sock.on('disconnect', (r) => trace.push(`${name} disconnect ${String(r)}`));
    sock.on('connect', () => trace.push(`${name} connect`));
    sock.onAny((ev) => trace.push(`${name} recv ${String(ev)}`));
    client.subscribe(() =>
      trace.push(
        `${name} status ${client.status} pending ${client
          .pending()
          .map((x) => x.id)
          .join(',')}`,
      ),
    );
  };
  const add = async (name: string, role: Actor['role'], key?: string) => {
    const storage = memoryStorage();
    const client = await connectClient(server.url, s.code, role, { storage, ...(key ? { key } : {}) });
    instrument(name, client);
    actors.push({ name, client, storage, role, ...(key ? { key } : {}), online: true, sent: [] });
  };
  await add('moderator', 'moderator', s.moderatorKey);
  await add('rapporteur', 'rapporteur', s.rapporteurKey);
  await add('projector', 'projector', s.projectorKey);
  for (let i = 0; i < (o.participants ?? 5); i++) await add(`p${i}`, 'participant');
  const participants = actors.filter((a) => a.role === 'participant');

  const answerIds: string[] = ['ghost-answer'];
  const aqIds: string[] = ['ghost-question'];
  let n = 0;
  const fresh = (prefix: string, pool: string[]) => {
    const id = `${prefix}${++n}`;
    pool.push(id);
    return id;
  };
  const answerId = () => (chance(0.85) ? pick(answerIds) : `x${int(1000)}`);
  const aqId = () => (chance(0.85) ? pick(aqIds) : `y${int(1000)}`);
  const text = () =>
    chance(0.1) ? 'z'.repeat(61 + int(40)) : chance(0.05) ? '   ' : `t${int(100)} ${'w'.repeat(int(30))}`;
  const phase = (): Phase => {
    const k = int(10);
    if (k === 0) return { kind: 'lobby' };
    if (k === 1) return { kind: 'opening' };
    if (k <= 3) return { kind: 'speaker', speakerId: pick(SPEAKERS) };
    if (k <= 5) return { kind: 'question', questionId: pick(QUESTIONS) };
    if (k === 6) return { kind: 'round', roundId: pick(['r1', 'r2', 'r9']) };
    if (k === 7) return { kind: 'audience' };
    if (k === 8) return { kind: 'closing' };
    return chance(0.1) ? { kind: 'ended' } : { kind: 'opening' };
  };

  const moderatorCommand = (): Command => {
    switch (int(22)) {
      case 0:
      case 1:
        return { type: 'phase:set', phase: phase() };
      case 2:
        return { type: 'timer:start', ...(chance(0.5) ? { durationMs: 1_000 * int(600) } : {}) };
      case 3:
        return { type: 'timer:pause' };
      case 4:
        return { type: 'timer:resume' };
      case 5:
        return { type: 'timer:adjust', deltaMs: pick([-60_000, 60_000, 30_000]) };
      case 6:
        return { type: 'timer:reset', ...(chance(0.5) ? { durationMs: 1_000 * int(600) } : {}) };
      case 7:
        return { type: 'speakers:reorder', order: pick([['s1', 's2'], ['s2', 's1'], ['s1'], ['s1', 'ghost']]) };
      case 8:
      case 9:
        return { type: 'turn:start', speakerId: pick(SPEAKERS) };
      case 10:
        return pick([{ type: 'turn:pause' }, { type: 'turn:resume' }, { type: 'turn:end' }] as const);
      case 11:
      case 12:
        return { type: 'answering:open', questionIds: [pick(QUESTIONS), ...(chance(0.5) ? [pick(QUESTIONS)] : [])] };
      case 13:
        return { type: 'answering:close', questionIds: [pick(QUESTIONS)] };
      case 14:
        return {
          type: 'answer:moderate',
          answerId: answerId(),
          ...(chance(0.5) ? { hidden: chance(0.5) } : {}),
          ...(chance(0.5) ? { featured: chance(0.5) } : {}),
        };
      case 15:
        return { type: 'audience:toggle', open: chance(0.7) };
      case 16:
        return {
          type: 'definition:update',
          definition: {
            ...SAMPLE_COMMANDS['definition:update'].definition,
            moderation: pick(['approve', 'publish'] as const),
          },
        };
      case 17:
        return { type: 'aq:approve', questionId: aqId() };
      case 18:
        return { type: 'aq:hide', questionId: aqId() };
      case 19:
        return { type: 'aq:merge', questionId: aqId(), into: aqId() };
      case 20:
        return { type: 'aq:pin', questionId: aqId(), pinned: chance(0.7) };
      default:
        return chance(0.5)
          ? {
              type: 'aq:answer',
              questionId: aqId(),
              replyId: pick(['r1', 'r2']),
              by: 'Speaker',
              gist: text(),
              ...(chance(0.2) ? { remove: true } : {}),
            }
          : rapporteurCommand();
    }
  };
  const rapporteurCommand = (): Command => {
    switch (int(6)) {
      case 0:
        return { type: 'notes:save', speakerId: pick(SPEAKERS), text: text(), baseRev: int(3) };
      case 1:
        return {
          type: 'answer:curate',
          answerId: answerId(),
          ...(chance(0.5) ? { included: chance(0.5) } : {}),
          ...(chance(0.5) ? { highlight: chance(0.5) } : {}),
          ...(chance(0.3) ? { correctedText: chance(0.5) ? null : text() } : {}),
        };
      case 2:
        return {
          type: 'aq:curate',
          questionId: aqId(),
          ...(chance(0.5) ? { included: chance(0.5) } : {}),
          ...(chance(0.3) ? { correctedText: text() } : {}),
        };
      case 3:
        return { type: 'conclusion:set', text: text() };
      case 4:
        return { type: 'participantsExtra:set', text: `+ ${int(50)} online` };
      default:
        return { type: 'aq:answer', questionId: aqId(), replyId: pick(['r1', 'r3']), by: 'Rapporteur', gist: text() };
    }
  };
  const participantCommand = (): Command => {
    switch (int(10)) {
      case 0:
        return chance(0.3)
          ? { type: 'profile:set', name: '', organization: '', country: '', language: 'en', anonymous: true }
          : {
              type: 'profile:set',
              name: `N${int(9)}`,
              organization: chance(0.8) ? 'Org' : '',
              country: 'SN',
              language: pick(['fr', 'en', 'es'] as const),
              anonymous: false,
            };
      case 1:
      case 2:
      case 3:
        return {
          type: 'answer:submit',
          answerId: chance(0.8) ? fresh('a', answerIds) : answerId(),
          questionId: pick(QUESTIONS),
          text: text(),
        };
      case 4:
        return { type: 'answer:edit', answerId: answerId(), text: text() };
      case 5:
        return { type: 'answer:withdraw', answerId: answerId() };
      case 6:
      case 7:
        return {
          type: 'aq:ask',
          questionId: chance(0.85) ? fresh('q', aqIds) : aqId(),
          speakerId: chance(0.3) ? null : pick(SPEAKERS),
          text: text(),
        };
      case 8:
        return { type: 'aq:vote', questionId: aqId(), up: chance(0.8) };
      default:
        return { type: 'aq:withdraw', questionId: aqId() };
    }
  };

  /** Acks of commands whose sending client is still alive (a reloaded page's promises die with it). */
  const acks: { actor: Actor; client: SessionClient; command: Command; ack: Promise<Ack> }[] = [];
  const send = (a: Actor, command: Command, id?: string) => {
    const ack = a.client.send(command, ...(id ? [id] : []));
    acks.push({ actor: a, client: a.client, command, ack });
  };

  for (let step = 0; step < steps; step++) {
    clock.skew += int(1_000);
    const r = rnd();
    if (r < 0.08) {
      const a = pick(actors);
      if (a.online) a.client.goOffline();
      else a.client.goOnline();
      trace.push(`${a.name} ${a.online ? 'OFFLINE' : 'ONLINE'}`);
      a.online = !a.online;
    } else if (r < 0.1) {
      // A page reload: a new client on the same device storage (identity and outbox).
      const a = chance(0.7) ? pick(participants) : pick(actors);
      await new Promise((res) => setTimeout(res, 0));
      a.client.close();
      a.client = await connectClient(server.url, s.code, a.role, {
        storage: a.storage,
        wait: false,
        ...(a.key ? { key: a.key } : {}),
      });
      trace.push(`${a.name} RELOAD`);
      instrument(a.name, a.client);
      a.online = true;
    } else if (r < 0.14) {
      // A retry of something already sent, with the same id.
      const a = pick(actors);
      const prev = a.sent.length ? pick(a.sent) : null;
      if (prev) send(a, prev.command, prev.id);
      if (prev) trace.push(`${a.name} RETRY ${prev.id}`);
    } else {
      const a = rnd() < 0.35 ? actors[0]! : rnd() < 0.12 ? actors[1]! : rnd() < 0.03 ? actors[2]! : pick(participants);
      let command: Command;
      if (chance(0.06))
        command = SAMPLE_COMMANDS[pick(Object.keys(SAMPLE_COMMANDS) as (keyof typeof SAMPLE_COMMANDS)[])];
      else if (a.role === 'moderator') command = moderatorCommand();
      else if (a.role === 'rapporteur') command = rapporteurCommand();
      else if (a.role === 'projector') command = moderatorCommand();
      else command = participantCommand();
      const id = `c${seed}-${step}`;
      a.sent.push({ id, command });
      send(a, command, id);
      trace.push(`${a.name} SEND ${id}`);
    }
    if (chance(0.5)) await new Promise((res) => setImmediate(res));
    else if (chance(0.1)) await new Promise((res) => setTimeout(res, 1 + int(8)));
  }

  // Everyone back online; every outbox drains; every live promise settles with an ack. Server time
  // keeps passing meanwhile, so what was refused for going too fast (and is retried by the outbox,
  // e.g. a fourth audience question within a minute) goes through.
  for (const a of actors) if (!a.online) a.client.goOnline();
  const drained = () => {
    clock.skew += 1_000;
    return actors.every((a) => a.client.status === 'online' && a.client.pending().length === 0);
  };
  try {
    await waitFor(drained, { timeout: 15_000, what: 'drained' });
  } catch {
    const stuck = actors.filter((a) => a.client.status !== 'online' || a.client.pending().length);
    const sock = (c: SessionClient) =>
      (
        c as unknown as {
          socket: { connected: boolean; active: boolean; io: { _readyState: string; _reconnecting: boolean } };
        }
      ).socket;
    throw new Error(
      `outboxes did not drain: ${stuck
        .map((a) => {
          const so = sock(a.client);
          const lines = traceOf(a.name);
          return `\n${a.name}: ${a.client.status}, pending ${JSON.stringify(a.client.pending())}, socket connected=${so.connected} active=${so.active} manager=${so.io._readyState}/${so.io._reconnecting}\n  ${lines.join('\n  ')}`;
        })
        .join('')}`,
    );
  }
  const live = acks.filter((x) => x.client === x.actor.client);
  let unanswered = live.length;
  const settled = await Promise.race([
    Promise.all(live.map((x) => x.ack.finally(() => unanswered--))),
    new Promise<never>((_, reject) =>
      setTimeout(
        () =>
          reject(
            new Error(`${unanswered} of ${live.length} send() promises never settled, though every outbox drained`),
          ),
        5_000,
      ),
    ),
  ]);
  expect(settled.every((a) => a.ok || a.error !== 'internal')).toBe(true);

  // The server's own log is the truth: it replays to its state, and holds each answer once.
  const state = serverState(server, s.code);
  const log = await server.store.eventsAfter(s.code, 0);
  expect(replay(log)).toEqual(state);
  const submitted = log.flatMap((e) => (e.event.type === 'answer:submitted' ? [e.event.answerId] : []));
  expect(new Set(submitted).size).toBe(submitted.length);
  // Every acknowledged answer is there, as its sender's.
  live.forEach((x, i) => {
    const ack = settled[i]!;
    if (x.command.type === 'answer:submit' && ack.ok) {
      expect(state.answers[x.command.answerId]?.participantId, x.command.answerId).toBe(x.client.participantId);
    }
  });

  // Convergence: each client holds exactly what it may see of the server's state.
  try {
    await waitFor(() => actors.every((a) => sameView(a.client, server, s.code)), {
      timeout: 5_000,
      what: 'convergence',
    });
  } catch {
    for (const a of actors) {
      if (sameView(a.client, server, s.code)) continue;
      try {
        expectSameView(a.client, server, s.code);
      } catch (e) {
        (e as Error).message =
          `${a.name} (${JSON.stringify(viewerOf(a.client))}) diverged: ${(e as Error).message}\n  last actions:\n  ${traceOf(a.name).join('\n  ')}`;
        throw e;
      }
    }
  }
  for (const a of actors) if (a.role === 'moderator' || a.role === 'rapporteur') expect(a.client.state).toEqual(state);
}
