// The phone's state is a store reconciled by id: a question from the room keeps its item (its DOM
// node, marked with a property a re-created node would not have) while other questions arrive and
// votes reorder the list, and the focus stays on its vote button when a reply changes it.
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { joinByLink, phone, startWorld, type World } from './harness.js';

let w: World;
afterEach(async () => w?.close());

type Marked = Element & { __palabreMark?: string };

describe('participant: fine-grained updates', () => {
  it('keeps room questions and the focus across events', async () => {
    w = await startWorld({ ...SAMPLE_DEFINITION, moderation: 'publish' });
    const { page } = await phone(w);
    await joinByLink(w, page);
    const [a, b] = await Promise.all([1, 2].map(() => connectClient(w.server.url, w.session.code, 'participant')));
    const ok = async (p: Promise<{ ok: boolean }>) => expect((await p).ok).toBe(true);
    await ok(a!.send({ type: 'aq:ask', questionId: 'qa', speakerId: null, text: 'Question A?' }));
    await ok(b!.send({ type: 'aq:ask', questionId: 'qb', speakerId: null, text: 'Question B?' }));
    const items = page.getByTestId('room-question');
    await expect.poll(() => items.count()).toBe(2);
    const texts = () => page.locator('[data-testid="room-question"] .aq-text').allInnerTexts();
    expect(await texts()).toEqual(['Question A?', 'Question B?']);
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<Marked>('[data-testid="room-question"]'))
        el.__palabreMark = el.querySelector('.aq-text')?.textContent ?? '';
    });
    const marks = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<Marked>('[data-testid="room-question"]')].map((el) => el.__palabreMark ?? null),
      );

    // The focus on B's vote button; a vote for B moves it first, a third question arrives.
    const voteB = items.filter({ hasText: 'Question B?' }).getByTestId('vote');
    await voteB.focus();
    await ok(a!.send({ type: 'aq:vote', questionId: 'qb', up: true }));
    await expect.poll(texts).toEqual(['Question B?', 'Question A?']);
    await ok(a!.send({ type: 'aq:ask', questionId: 'qc', speakerId: null, text: 'Question C?' }));
    await expect.poll(() => items.count()).toBe(3);
    // A reply to B: shown in its item, which stays the same node.
    await ok(w.moderator.send({ type: 'aq:answer', questionId: 'qb', replyId: 'rb', by: 'Malick Diop', gist: 'Yes.' }));
    await items.filter({ hasText: 'Question B?' }).getByText('Yes.').waitFor();
    expect(await marks()).toEqual(['Question B?', 'Question A?', null]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('vote');
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('[data-testid="room-question"]')?.querySelector('.aq-text')?.textContent,
      ),
    ).toBe('Question B?');
  });
});
