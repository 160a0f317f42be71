// CRASH: the server is killed with SIGKILL while 200 participants are answering, then started again
// on the same SQLite file and port. Every answer acknowledged before the kill is in the archive;
// every other one is re-sent by its client's outbox and stored exactly once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionClient } from '../../../client/sync/sessionClient.js';
import type { Ack } from '../../../shared/errors.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, keyOf } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';
import { startServerChild, type ServerChild } from './serverChild.js';

const PARTICIPANTS = 200;
const ANSWERS_EACH = 4;

let server: ServerChild | null = null;
let dir: string | null = null;
afterEach(async () => {
  closeAllClients();
  await server?.stop();
  server = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('crash', () => {
  it('kill -9 mid-stream loses no acknowledged answer and stores every re-sent one once', {
    timeout: 180_000,
  }, async () => {
    dir = mkdtempSync(join(tmpdir(), 'palabre-crash-'));
    server = await startServerChild(dir);
    const created = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      body: JSON.stringify(SAMPLE_DEFINITION),
    });
    expect(created.status).toBe(201);
    const { code, links } = (await created.json()) as { code: string; links: { moderator: string } };
    const key = keyOf(links.moderator);
    const mod = await connectClient(server.url, code, 'moderator', { key });
    expect((await mod.send({ type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } })).ok).toBe(true);

    const clients: SessionClient[] = await Promise.all(
      Array.from({ length: PARTICIPANTS }, () => connectClient(server!.url, code, 'participant', { wait: false })),
    );
    await waitFor(() => clients.every((c) => c.status === 'online'), {
      timeout: 60_000,
      what: 'all participants online',
    });

    // Answers spread over about a second and a half; the kill lands in the middle of them.
    const intended: string[] = [];
    const ackedBeforeKill = new Set<string>();
    const refused: Ack[] = [];
    let killed = false;
    const sends: Promise<void>[] = [];
    clients.forEach((c, i) => {
      for (let k = 0; k < ANSWERS_EACH; k++) {
        const answerId = `c${i}k${k}`;
        intended.push(answerId);
        sends.push(
          sleep(k * 350 + Math.random() * 350)
            .then(() =>
              c.send({
                type: 'answer:submit',
                answerId,
                questionId: k % 2 ? 'r1q2' : 'r1q1',
                text: `Answer ${k} from participant ${i}`,
              }),
            )
            .then((ack) => {
              if (!ack.ok) refused.push(ack);
              else if (!killed) ackedBeforeKill.add(answerId);
            }),
        );
      }
    });
    await waitFor(() => ackedBeforeKill.size >= intended.length * 0.3, {
      timeout: 60_000,
      what: 'a third of the answers acknowledged',
    });
    killed = true;
    const port = server.port;
    await server.kill9();
    const unackedAtKill = intended.length - ackedBeforeKill.size;
    expect(unackedAtKill).toBeGreaterThan(0);
    // Some answers are typed while the server is down: they wait in the outbox.
    await sleep(300);

    server = await startServerChild(dir, port);
    await Promise.race([
      Promise.all(sends),
      sleep(120_000).then(() => {
        throw new Error(`answers still pending: ${clients.reduce((a, c) => a + c.pending().length, 0)}`);
      }),
    ]);
    expect(refused).toEqual([]);
    expect(clients.every((c) => c.pending().length === 0)).toBe(true);

    const archive = (await (
      await fetch(`${server.url}/api/sessions/${code}/archive`, { headers: { authorization: `Bearer ${key}` } })
    ).json()) as {
      events: { event: { type: string; answerId?: string } }[];
      state: { answers: Record<string, unknown> };
    };
    const stored = new Map<string, number>();
    for (const e of archive.events)
      if (e.event.type === 'answer:submitted') stored.set(e.event.answerId!, (stored.get(e.event.answerId!) ?? 0) + 1);
    for (const id of ackedBeforeKill) expect(stored.get(id), `acknowledged ${id}`).toBe(1);
    for (const id of intended) expect(stored.get(id), `intended ${id}`).toBe(1);
    expect(stored.size).toBe(intended.length);
    expect(Object.keys(archive.state.answers).length).toBe(intended.length);
  });
});
