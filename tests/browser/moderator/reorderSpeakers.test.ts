// Speaker order changed by keyboard (move buttons with accessible names, Alt+↑/↓) and by drag and
// drop; sent as speakers:reorder, reflected in the run of show, the focus kept on the moved speaker.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot } from '../browser.js';
import { openConsole, startWorld, textOf, poll, type World } from './harness.js';

let w: World;
beforeAll(async () => {
  w = await startWorld({
    title: 'Four voices',
    speakers: [
      { id: 's1', name: 'Ben Amar Zeghadi', organization: 'CRESS Mayotte', country: 'France', minutes: 5 },
      { id: 's2', name: 'Malick Diop', organization: 'RACTES', country: 'Senegal', minutes: 7 },
      { id: 's3', name: 'Pascal Duforestel', organization: 'Ville de Niort', country: 'France', minutes: 6 },
      { id: 's4', name: 'Ana Lucía Pérez', organization: 'Red ESS', country: 'Mexico', minutes: 8 },
    ],
  });
});
afterAll(async () => {
  await w?.close();
});

const focusedMove = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.move ?? null);
const stepOrder = (page: Page) =>
  page.locator('.ros-speaker [data-step]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.step));

describe('moderator console: speaker order', () => {
  it('reorders by keyboard and by drag and drop', async () => {
    const { page } = await openConsole(w);
    expect(await page.getByRole('tab', { name: 'Speakers' }).getAttribute('aria-selected')).toBe('true');

    // The move button, by its accessible name, from the keyboard.
    await page.getByRole('button', { name: 'Move Pascal Duforestel up' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => w.room().speakerOrder).toEqual(['s1', 's3', 's2', 's4']);
    await poll(() => focusedMove(page)).toBe('up:s3');
    await poll(() => textOf(page, '.mod > [role="status"]')).toBe('Pascal Duforestel moved to position 2 of 4.');
    await page.keyboard.press('Enter');
    await poll(() => w.room().speakerOrder).toEqual(['s3', 's1', 's2', 's4']);
    // At the top the up button is disabled: the focus moves to its twin on the same speaker.
    await poll(() => focusedMove(page)).toBe('down:s3');
    await poll(() => stepOrder(page)).toEqual(['speaker:s3', 'speaker:s1', 'speaker:s2', 'speaker:s4']);

    // Alt+↓ / Alt+↑ from anywhere in a speaker's row; each press counts, in order.
    const log: string[] = [];
    const snap = async (label: string) =>
      log.push(`${label}: focus=${await focusedMove(page)} server=${w.room().speakerOrder.join(',')}`);
    await snap('before');
    await page.keyboard.press('Alt+ArrowDown');
    await snap('after 1st down');
    // The moved row gets its focus back once the server has the new order; a press before that
    // has no row to act on (under CI load that can take a moment), so wait for it.
    await poll(() => w.room().speakerOrder).toEqual(['s1', 's3', 's2', 's4']);
    await poll(() => focusedMove(page)).toMatch(/:s3$/);
    await page.keyboard.press('Alt+ArrowDown');
    await snap('after 2nd down');
    await poll(() => w.room().speakerOrder).toEqual(['s1', 's2', 's3', 's4']);
    await snap('settled');
    await poll(() => focusedMove(page)).toBe('down:s3');
    await page.keyboard.press('Alt+ArrowUp');
    await snap('after up');
    await poll(() => w.room().speakerOrder)
      .toEqual(['s1', 's3', 's2', 's4'])
      .catch((e) => {
        throw new Error(`${String(e)}\n${log.join('\n')}`);
      });
    // Alt+arrows never moved through the run of show.
    expect(w.room().phase.kind).toBe('lobby');

    // Drag the last speaker onto the top of the first.
    await page
      .locator('[data-speaker="s4"]')
      .dragTo(page.locator('[data-speaker="s1"]'), { targetPosition: { x: 40, y: 4 } });
    await poll(() => w.room().speakerOrder).toEqual(['s4', 's1', 's3', 's2']);
    await poll(() => page.locator('.speaker .speaker-name').allTextContents()).toEqual([
      expect.stringContaining('Ana Lucía Pérez'),
      expect.stringContaining('Ben Amar Zeghadi'),
      expect.stringContaining('Pascal Duforestel'),
      expect.stringContaining('Malick Diop'),
    ]);
    await shot(page, 'moderator-speakers-1366');
  });
});
