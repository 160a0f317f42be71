// More answers than a screenful: the wall pages through all of them on its own instead of stopping
// at 18, and says which page the room is looking at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient } from '../../helpers/clients.js';
import { must, openProjector, poll, startWorld, textOf, type World } from '../moderator/harness.js';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => w?.close());

describe('projector: the wall pages', () => {
  it('shows 22 answers over two pages that turn by themselves', async () => {
    const mod = await connectClient(w.server.url, w.session.code, 'moderator', { key: w.session.moderatorKey });
    expect((await mod.send({ type: 'phase:set', phase: { kind: 'question', questionId: 'r1q1' } })).ok).toBe(true);
    for (let i = 0; i < 22; i++) {
      const p = await connectClient(w.server.url, w.session.code, 'participant');
      await must(p, { type: 'answer:submit', answerId: `wp${i}`, questionId: 'r1q1', text: `Answer number ${i + 1}` });
    }
    const { page } = await openProjector(w);
    await poll(() => textOf(page, '[data-testid="projector-count"]')).toBe('22 answers');
    expect(await page.locator('.wall-card').count()).toBe(18);
    expect(await textOf(page, '[data-testid="wall-page"]')).toBe('Page 1 of 2');
    const seen = new Set(await page.locator('.wall-text').allTextContents());
    // The page turns on its own (every 12 s).
    await expect
      .poll(() => textOf(page, '[data-testid="wall-page"]'), { timeout: 20_000, interval: 200 })
      .toBe('Page 2 of 2');
    expect(await page.locator('.wall-card').count()).toBe(4);
    for (const t of await page.locator('.wall-text').allTextContents()) seen.add(t);
    expect(seen.size).toBe(22);
  }, 60_000);
});
