import { afterEach, describe, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../helpers/clients.js';
import { SAMPLE_DEFINITION, startTestServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

describe('broadcast', () => {
  it('a moderator command reaches every participant, in order', async () => {
    server = await startTestServer();
    const s = await server.createSession(SAMPLE_DEFINITION);
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    const ps = await Promise.all([1, 2, 3].map(() => connectClient(server.url, s.code, 'participant')));
    const seen: string[][] = ps.map(() => []);
    // Changes from the session's first phase (a client may still notify in the lobby, e.g. when its
    // identity is saved after the welcome: that is not a phase change).
    ps.forEach((p, i) =>
      p.subscribe(() => {
        const k = p.state?.phase.kind;
        if (k && (seen[i]!.at(-1) ?? 'lobby') !== k) seen[i]!.push(k);
      }),
    );
    expect((await mod.send({ type: 'phase:set', phase: { kind: 'opening' } })).ok).toBe(true);
    expect((await mod.send({ type: 'turn:start', speakerId: 's1' })).ok).toBe(true);
    expect((await mod.send({ type: 'phase:set', phase: { kind: 'question', questionId: 'r1q1' } })).ok).toBe(true);
    for (const p of ps) {
      await waitFor(() => p.state?.phase.kind === 'question' && p.state.openQuestions.includes('r1q1'));
      expect(p.state!.turns.s1?.endedAt).not.toBeNull();
    }
    for (const order of seen) expect(order).toEqual(['opening', 'speaker', 'question']);
  });
});
