// An answered audience question stays on the projector with its reply for a moment, instead of
// vanishing the instant the reply is saved; then the screen moves on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWERED_LINGER_MS } from '../../../shared/answeredLinger.js';
import { connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { must, openProjector, poll, startWorld, textOf, type World } from '../moderator/harness.js';

let w: World;
beforeAll(async () => {
  w = await startWorld({ ...SAMPLE_DEFINITION, moderation: 'publish', audienceQuestions: 'always' });
});
afterAll(async () => {
  await w?.close();
});

describe('projector: answered audience question', () => {
  it('stays with its reply for a moment, then goes', async () => {
    const mod = await connectClient(w.server.url, w.session.code, 'moderator', { key: w.session.moderatorKey });
    const p = await connectClient(w.server.url, w.session.code, 'participant');
    await must(p, { type: 'aq:ask', questionId: 'q1', speakerId: null, text: 'Who pays for the hub?' });
    await must(mod, { type: 'phase:set', phase: { kind: 'audience' } });
    await must(mod, { type: 'aq:pin', questionId: 'q1', pinned: true });
    const { page } = await openProjector(w);
    await poll(() => textOf(page, '[data-testid="projector-pinned"] .pinned-text')).toBe('Who pays for the hub?');

    await must(mod, { type: 'aq:answer', questionId: 'q1', replyId: 'r1', by: 'Malick Diop', gist: 'The region.' });
    const saved = Date.now();
    // The pin is gone at once, but the question stays, now with its reply.
    await poll(() => textOf(page, '[data-testid="projector-answered"] .pinned-text')).toBe('Who pays for the hub?');
    expect(await textOf(page, '[data-testid="projector-answered"] .answered-replies')).toBe('Malick Diop The region.');
    expect(await page.getByTestId('projector-pinned').count()).toBe(0);
    await page.screenshot({ path: '.screenshots/projector-answered-1920-en.png' });
    // …then it goes, once the moment is over (never before).
    await expect
      .poll(() => page.getByTestId('projector-answered').count(), {
        timeout: ANSWERED_LINGER_MS + 10_000,
        interval: 200,
      })
      .toBe(0);
    expect(Date.now() - saved).toBeGreaterThanOrEqual(ANSWERED_LINGER_MS - 1_500);
  });
});
