// A word cloud from five phones: up to three words each, grouped regardless of case, accents and
// simple plurals; the projector draws the cloud once revealed, the biggest word the most given.
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../helpers/waitFor.js';
import { axeViolations, shot } from '../browser.js';
import { openProjector } from '../moderator/harness.js';
import type { World } from '../participant/harness.js';
import { joinedPhone, onFloor, pollWorld, reveal, sent } from './pollWorld.js';

let w: World;
afterEach(async () => w?.close());

const WORDS = [
  ['Coopération', 'Trust'],
  ['coopérations'],
  ['cooperation', 'Local food', 'trust'],
  ['Confiance'],
  ['Coopération', 'Territoires', 'Trust'],
];

describe('polls: a word cloud', () => {
  it('groups the words of five phones and draws them on the projector', async () => {
    w = await pollWorld();
    const projector = (await openProjector(w)).page;
    const phones = [];
    for (let i = 0; i < WORDS.length; i++) phones.push((await joinedPhone(w, `Person ${i + 1}`)).page);
    await onFloor(w, 'cloud');
    for (const [i, page] of phones.entries()) {
      const block = page.getByTestId('question-cloud');
      const inputs = block.getByRole('textbox');
      await inputs.first().waitFor();
      expect(await inputs.count()).toBe(3);
      for (const [j, word] of WORDS[i]!.entries()) await inputs.nth(j).fill(word);
      if (i === 0) await shot(page, 'poll-phone-words-en');
      await block.getByTestId('closed-send').click();
      await sent(page, 'cloud');
    }
    expect(await axeViolations(phones[0]!)).toEqual([]);
    await waitFor(async () => (await projector.getByTestId('projector-count').innerText()) === '5 of 5 answered', {
      what: 'five answered',
    });
    await reveal(w, 'cloud');
    const cloud = projector.getByTestId('word-cloud');
    await cloud.waitFor();
    // "Coopération", "coopérations" and "cooperation" are one word said four times; "Trust" three.
    await waitFor(async () => (await cloud.locator('li').count()) === 5, { what: 'five groups' });
    const counts = await cloud
      .locator('li')
      .evaluateAll((els) => els.map((e) => [e.querySelector('bdi')!.textContent, e.getAttribute('data-count')]));
    expect(Object.fromEntries(counts)).toEqual({
      Coopération: '4',
      Trust: '3',
      'Local food': '1',
      Confiance: '1',
      Territoires: '1',
    });
    await shot(projector, 'poll-projector-words-en');
    expect(await axeViolations(projector)).toEqual([]);
  });
});
