// Forty participants vote on a revealed choice question as fast as they can: every vote is stored
// once, the projector receives no vote itself but a handful of aggregated tallies (a few per second),
// the last of which counts every vote, and a phone that did not vote sees the same result.
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionClient } from '../../../client/sync/sessionClient.js';
import type { DefinitionInput } from '../../../shared/definition.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { closeAllRaw, connectRaw, handshake } from '../../helpers/raw.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  closeAllRaw();
  await server?.close();
});

const DEF: DefinitionInput = {
  rounds: [
    { id: 'r1', title: 'R', questions: [{ id: 'vote', text: 'Which?', kind: 'choice', options: ['A', 'B', 'C'] }] },
  ],
  identity: 'anonymous',
};

describe('results: votes reach the screens as aggregated tallies', () => {
  it('sends the projector a few tally updates for 40 votes, the last one exact', async () => {
    server = await startTestServer();
    const s = await server.createSession(DEF);
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    expect((await mod.send({ type: 'phase:set', phase: { kind: 'question', questionId: 'vote' } })).ok).toBe(true);
    expect((await mod.send({ type: 'results:reveal', questionId: 'vote', shown: true })).ok).toBe(true);
    const projector = await connectRaw(server.url, handshake(s.code, 'projector', { key: s.projectorKey }));
    const voters: SessionClient[] = [];
    for (let i = 0; i < 40; i++) voters.push(await connectClient(server.url, s.code, 'participant'));
    const watcher = await connectClient(server.url, s.code, 'participant');
    const t0 = Date.now();
    projector.events.length = 0;

    const acks = await Promise.all(
      voters.map((v, i) => v.send({ type: 'answer:submit', answerId: `v${i}`, questionId: 'vote', choices: [i % 3] })),
    );
    expect(acks.every((a) => a.ok)).toBe(true);
    const room = () => server.app.registry.get(s.code)!.state;
    await waitFor(() => room().results?.vote?.respondents === 40, { what: 'tally of 40' });
    await waitFor(
      () => projector.events.some((e) => e.event.type === 'results:updated' && e.event.result.respondents === 40),
      { what: 'projector got the last tally' },
    );
    const elapsed = Date.now() - t0;

    // No vote reached the projector, only tallies: at most one per 250 ms, and one more at the end.
    expect(projector.events.filter((e) => e.event.type === 'answer:submitted')).toEqual([]);
    const updates = projector.events.filter((e) => e.event.type === 'results:updated');
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.length).toBeLessThanOrEqual(Math.ceil(elapsed / 250) + 1);
    expect(updates.at(-1)!.event).toMatchObject({ result: { kind: 'choice', counts: [14, 13, 13], respondents: 40 } });
    expect(Object.values(room().answers).filter((a) => a.questionId === 'vote')).toHaveLength(40);

    // A phone that did not vote holds the revealed result, and no one's vote.
    await waitFor(() => watcher.state?.results?.vote?.respondents === 40, { what: 'watcher sees the result' });
    expect(Object.keys(watcher.state!.answers)).toEqual([]);
  });
});
