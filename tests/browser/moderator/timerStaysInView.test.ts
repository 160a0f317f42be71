// On a laptop (1280×720 and 1366×768) the step and its timer stay in view while the moderator
// scrolls a long speaker list: the timer's box is inside the viewport after scrolling to the last
// speaker. The run of show scrolls on its own; the join code never wraps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { axeViolations } from '../browser.js';
import { openConsole, poll, startWorld, type World } from './harness.js';

const SPEAKERS = Array.from({ length: 14 }, (_, i) => ({
  id: `sp${i + 1}`,
  name: `Speaker number ${i + 1}`,
  organization: 'Réseau des acteurs',
  country: 'Senegal',
  talkTitle: `Talk ${i + 1} on local partnerships`,
  minutes: 6,
}));

let w: World;
beforeAll(async () => {
  w = await startWorld({ ...SAMPLE_DEFINITION, speakers: SPEAKERS, startTime: '09:00', endTime: '10:30' });
});
afterAll(async () => w?.close());

describe('moderator console: the clock stays in view', () => {
  for (const [n, viewport] of [
    { width: 1280, height: 720 },
    { width: 1366, height: 768 },
  ].entries()) {
    it(`keeps the timer and the step in view after scrolling the speakers at ${viewport.width}×${viewport.height}`, async () => {
      const { page } = await openConsole(w, { context: { viewport } });
      await page.getByRole('button', { name: `Start turn: ${SPEAKERS[n]!.name}`, exact: true }).click();
      await poll(() => w.room().turns[`sp${n + 1}`]?.endedAt).toBeNull();
      // Explained where it appears: the clock was pre-filled with the speaker's planned minutes.
      expect(await page.getByTestId('timer-planned').textContent()).toBe('planned: 6 min');
      const last = page.getByRole('button', { name: `Start turn: ${SPEAKERS.at(-1)!.name}`, exact: true });
      await last.scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(200);
      const inView = async (testid: string) => {
        const box = (await page.getByTestId(testid).boundingBox())!;
        return box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
      };
      expect(await inView('timer')).toBe(true);
      expect(await inView('now-title')).toBe(true);
      expect(await inView('timer-primary')).toBe(true);
      // The last speaker's button is itself visible (not under the sticky panel).
      const lastBox = (await last.boundingBox())!;
      const nowBox = (await page.getByTestId('now-panel').boundingBox())!;
      expect(lastBox.y).toBeGreaterThanOrEqual(nowBox.y + nowBox.height - 1);
      expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(viewport.height);
      // The run of show fits the screen or scrolls on its own.
      const ros = await page.locator('.mod-ros').evaluate((el) => ({
        bottom: el.getBoundingClientRect().bottom,
        scrolls: el.scrollHeight > el.clientHeight,
        overflow: getComputedStyle(el).overflowY,
      }));
      expect(ros.bottom).toBeLessThanOrEqual(viewport.height);
      if (ros.scrolls) expect(ros.overflow).toBe('auto');
      // The join link may wrap in its address, never inside the code.
      expect(await page.getByTestId('join-link-code').evaluate((el) => el.getClientRects().length)).toBe(1);
      expect(await page.getByTestId('join-link-code').textContent()).toBe(w.session.code);
      // What the moderator sees (a full-page shot would unstick the panel).
      await page.screenshot({ path: `.screenshots/moderator-scrolled-${viewport.width}.png` });
      const axe = await axeViolations(page);
      expect(axe).toEqual([]);
    });
  }
});
