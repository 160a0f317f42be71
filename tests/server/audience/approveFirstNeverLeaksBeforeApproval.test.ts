import { afterEach, expect, it } from 'vitest';
import { audienceRoom } from '../../helpers/audience.js';
import { closeAllClients } from '../../helpers/clients.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

let server: TestServer;
afterEach(async () => {
  closeAllClients();
  await server?.close();
});

it('an approve-first question reaches no other participant nor the projector before approval', async () => {
  server = await startTestServer();
  const { mod, projector, ps, room } = await audienceRoom(server, 2, { moderation: 'approve' });
  const [asker, other] = ps as [(typeof ps)[0], (typeof ps)[0]];
  const seenByOther: string[] = [];
  const seenByProjector: string[] = [];
  other.subscribe(() => seenByOther.push(...Object.keys(other.state?.audienceQuestions ?? {})));
  projector.subscribe(() => seenByProjector.push(...Object.keys(projector.state?.audienceQuestions ?? {})));

  expect(
    (await asker.send({ type: 'aq:ask', questionId: 'secret-q', speakerId: null, text: 'Pending question' })).ok,
  ).toBe(true);
  await waitFor(() => mod.state?.audienceQuestions['secret-q']?.status === 'pending', {
    what: 'moderator sees pending',
  });
  expect(asker.state?.audienceQuestions['secret-q']?.status).toBe('pending');
  // Later events (a phase change) prove the others were listening when the question arrived.
  expect((await mod.send({ type: 'phase:set', phase: { kind: 'opening' } })).ok).toBe(true);
  await waitFor(() => other.state?.phase.kind === 'opening' && projector.state?.phase.kind === 'opening');
  expect(seenByOther).not.toContain('secret-q');
  expect(seenByProjector).not.toContain('secret-q');

  // A participant joining now gets a snapshot without it.
  const late = await (await import('../../helpers/clients.js')).connectClient(server.url, room().code, 'participant');
  expect(late.state?.audienceQuestions['secret-q']).toBeUndefined();

  expect((await mod.send({ type: 'aq:approve', questionId: 'secret-q' })).ok).toBe(true);
  await waitFor(() => other.state?.audienceQuestions['secret-q']?.status === 'published', {
    what: 'published to others',
  });
  await waitFor(() => projector.state?.audienceQuestions['secret-q']?.text === 'Pending question', {
    what: 'on the projector',
  });
  expect(late.state?.audienceQuestions['secret-q']?.status).toBe('published');
});
