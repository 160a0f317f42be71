// A crowd of participants answering through the real outbox (SessionClient: client-generated command
// ids, every unacknowledged command re-sent after `internal`/`rate_limited` and after every
// reconnect), for the cluster fault tests: who was refused what, each answer's final ack, and the
// checks that every intended answer is stored exactly once, where its ack says, without a gap.
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import type { SessionClient } from '../../client/sync/sessionClient.js';
import type { Ack } from '../../shared/errors.js';
import { connectClient } from './clients.js';
import type { TestServer } from './server.js';
import { sameView } from './views.js';
import { waitFor } from './waitFor.js';

export interface Refusal {
  at: number;
  error: string;
}

/** Every refused ack `c` receives (the outbox keeps and re-sends the retryable ones). */
export function recordRefusals(c: SessionClient, into: Refusal[]): void {
  const onAck = c['onAck'].bind(c);
  c['onAck'] = (item, ack: Ack) => {
    if (!ack.ok) into.push({ at: Date.now(), error: ack.error });
    return onAck(item, ack);
  };
}

/** `n` participants on each URL of `urls` (joined, online), with their refusals recorded. */
export async function joinCrowd(urls: string[], code: string, n: number, refusals: Refusal[]) {
  const groups: SessionClient[][] = [];
  for (const url of urls) {
    const g = await Promise.all(Array.from({ length: n }, () => connectClient(url, code, 'participant')));
    for (const c of g) recordRefusals(c, refusals);
    groups.push(g);
  }
  return groups;
}

export const answerId = (tag: string, i: number, k: number) => `${tag}${i}-${k}`;

/**
 * Each client answers `perClient` times in a row (the next once the previous is acknowledged);
 * `afterAck` runs after each final ack with the number of final acks so far. Resolves with every
 * final ack by answer id (`acks`, filled as they arrive).
 */
export async function answerStreams(
  clients: SessionClient[],
  tag: string,
  perClient: number,
  afterAck: (acked: number) => void = () => {},
  acks = new Map<string, Ack>(),
): Promise<Map<string, Ack>> {
  await Promise.all(
    clients.map(async (c, i) => {
      for (let k = 0; k < perClient; k++) {
        const id = answerId(tag, i, k);
        acks.set(
          id,
          await c.send({ type: 'answer:submit', answerId: id, questionId: 'main', text: `${tag} ${i}.${k}` }),
        );
        afterAck(acks.size);
      }
    }),
  );
  return acks;
}

export const intended = (tag: string, clients: number, perClient: number) =>
  Array.from({ length: clients }, (_, i) => Array.from({ length: perClient }, (_, k) => answerId(tag, i, k))).flat();

/**
 * The stored log has seqs 1..head without a gap, holds every intended answer exactly once (and no
 * other), and each ok ack names the seq where its answer is stored.
 */
export async function expectStoredOnce(node: TestServer, code: string, ids: string[], acks: Map<string, Ack>) {
  const log = await node.store.eventsAfter(code, 0);
  expect(log.map((e) => e.seq)).toEqual(Array.from({ length: log.length }, (_, i) => i + 1));
  const answers = log.filter((e) => e.event.type === 'answer:submitted');
  const stored = answers.map((e) => (e.event as { answerId: string }).answerId);
  expect(stored.length).toBe(new Set(stored).size);
  expect([...stored].sort()).toEqual([...ids].sort());
  const seqOf = new Map(answers.map((e) => [(e.event as { answerId: string }).answerId, e.seq]));
  for (const id of ids)
    expect({ id, seq: (acks.get(id) as { seq?: number } | undefined)?.seq }).toEqual({ id, seq: seqOf.get(id) });
  return log;
}

/** Every node given holds the store's head with equal states, and every client its view of it. */
export async function expectConverged(ns: TestServer[], code: string, clients: SessionClient[]) {
  const head = (await waitFor(
    async () => {
      const h = (await ns[0]!.store.head(code))!;
      const states = ns.map((n) => n.app.registry.get(code)?.state);
      return states.every((st) => st?.seq === h && isDeepStrictEqual(st, states[0])) ? h : null;
    },
    { what: 'nodes at the head with equal states', timeout: 20_000 },
  )) as number;
  await waitFor(() => clients.every((c) => c.status === 'online' && ns.every((n) => sameView(c, n, code))), {
    what: 'every client converged',
    timeout: 20_000,
  });
  return head;
}
