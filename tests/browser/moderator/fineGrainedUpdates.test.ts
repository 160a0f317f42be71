// The console's state is a store reconciled by id: an event re-renders what it touched only. An
// answer arriving leaves the other answers' DOM nodes in place (marked with a property that would
// not survive a re-created node), an answer moderated is updated in place, and an audience question
// whose first reply moves it to "Answered" keeps its item and the focus on its button.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionClient } from '../../../client/sync/sessionClient.js';
import { connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { joinParticipants, must, openConsole, poll, startWorld, type World } from './harness.js';

let w: World;
let moderator: SessionClient;
beforeAll(async () => {
  w = await startWorld({ ...SAMPLE_DEFINITION, moderation: 'publish' });
  moderator = await connectClient(w.server.url, w.session.code, 'moderator', { key: w.session.moderatorKey });
});
afterAll(async () => {
  await w?.close();
});

type Marked = Element & { __palabreMark?: string };

describe('moderator console: fine-grained updates', () => {
  it('keeps unrelated items and the focus across events', async () => {
    const [a, b, c] = await joinParticipants(w);
    const { page } = await openConsole(w);
    const marked = (sel: string) =>
      page.evaluate((s) => (document.querySelector(s) as Marked | null)?.__palabreMark ?? null, sel);
    const setMark = async (sel: string, value: string) => {
      await page.locator(sel).waitFor();
      await page.evaluate(
        ([s, v]) => {
          (document.querySelector(s) as Marked).__palabreMark = v;
        },
        [sel, value] as const,
      );
    };

    // Answers: two arrive, both items are marked; a third arrives, one is hidden.
    await must(moderator, { type: 'phase:set', phase: { kind: 'question', questionId: 'r1q1' } });
    await must(moderator, { type: 'answering:open', questionIds: ['r1q1'] });
    await page.getByRole('tab', { name: 'Answers' }).click();
    await must(a!, { type: 'answer:submit', answerId: 'x1', questionId: 'r1q1', text: 'First' });
    await must(b!, { type: 'answer:submit', answerId: 'x2', questionId: 'r1q1', text: 'Second' });
    await setMark('[data-answer="x1"]', 'x1');
    await setMark('[data-answer="x2"]', 'x2');
    await must(c!, { type: 'answer:submit', answerId: 'x3', questionId: 'r1q1', text: 'Third' });
    await page.locator('[data-answer="x3"]').waitFor();
    expect(await marked('[data-answer="x1"]')).toBe('x1');
    expect(await marked('[data-answer="x2"]')).toBe('x2');
    // Moderated: updated in place, the same node.
    await must(moderator, { type: 'answer:moderate', answerId: 'x1', hidden: true });
    await poll(() => page.locator('[data-answer="x1"].answer-hidden').count()).toBe(1);
    expect(await marked('[data-answer="x1"]')).toBe('x1');
    expect(await marked('[data-answer="x2"]')).toBe('x2');

    // Audience questions: the focus on a question's button while its first reply (recorded
    // elsewhere) moves it from "Published" to "Answered", and a vote reorders the list.
    await must(a!, { type: 'aq:ask', questionId: 'q1', speakerId: null, text: 'One?' });
    await must(b!, { type: 'aq:ask', questionId: 'q2', speakerId: null, text: 'Two?' });
    await page.getByRole('tab', { name: /Audience questions/ }).click();
    await setMark('[data-aq="q1"]', 'q1');
    await setMark('[data-aq="q2"]', 'q2');
    const pin = page.getByRole('button', { name: 'Pin as next: Two?' });
    await pin.focus();
    await must(c!, { type: 'aq:vote', questionId: 'q2', up: true });
    await poll(() => page.locator('.aq-groups .aq').first().getAttribute('data-aq')).toBe('q2');
    await must(moderator, { type: 'aq:answer', questionId: 'q2', replyId: 'rq2', by: '', gist: 'Yes.' });
    await poll(() => page.locator('[data-aq="q2"] .aq-meta .pill').textContent()).toBe('Answered');
    // Now after the heading "Answered", below q1: the same node, and still focused.
    expect(
      await page.evaluate(() => document.querySelector('.aq-groups .aq:last-child')?.getAttribute('data-aq')),
    ).toBe('q2');
    expect(await marked('[data-aq="q2"]')).toBe('q2');
    expect(await marked('[data-aq="q1"]')).toBe('q1');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Pin as next: Two?');
  });
});
