// "Ask a speaker" lists the speakers in the current speaking order, and follows a live reorder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinByLink, phone, startWorld, type World } from './harness.js';
import { waitFor } from '../../helpers/waitFor.js';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => w?.close());

describe('participant: ask a speaker', () => {
  it('offers the speakers in the speaking order the moderator set', async () => {
    const { page } = await phone(w);
    await joinByLink(w, page);
    const options = () => page.getByTestId('ask-to').locator('option').allTextContents();
    expect(await options()).toEqual(['The whole panel', 'Ben Amar Zeghadi', 'Malick Diop']);
    expect((await w.moderator.send({ type: 'speakers:reorder', order: ['s2', 's1'] })).ok).toBe(true);
    await waitFor(async () => (await options())[1] === 'Malick Diop' || null, { what: 'reordered list' });
    expect(await options()).toEqual(['The whole panel', 'Malick Diop', 'Ben Amar Zeghadi']);
  });
});
