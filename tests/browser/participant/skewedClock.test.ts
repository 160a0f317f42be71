// The timer reads the same on a phone whose clock is 5 minutes off as on a phone set right.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitFor } from '../../helpers/waitFor.js';
import { joinByLink, phone, startWorld, type World } from './harness.js';

let w: World;
afterEach(async () => w?.close());

const seconds = (clock: string): number => {
  const m = /^(−)?(\d+):(\d{2})$/.exec(clock.trim());
  if (!m) throw new Error(`not a clock: ${clock}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
};
const readTimer = async (p: Page) => seconds(await p.getByTestId('timer').innerText());

describe('participant: skewed clock', () => {
  it('shows the same time left as a device with the right time', async () => {
    w = await startWorld();
    const right = await phone(w);
    const skewed = await phone(w);
    // This phone's clock runs 5 minutes fast (Date.now and new Date both).
    await skewed.context.addInitScript(() => {
      const skew = 5 * 60_000;
      const RealDate = Date;
      const realNow = RealDate.now.bind(RealDate);
      class SkewedDate extends RealDate {
        constructor(...args: unknown[]) {
          if (args.length === 0) super(realNow() + skew);
          else super(...(args as [string]));
        }
        static override now() {
          return realNow() + skew;
        }
      }
      (globalThis as { Date: DateConstructor }).Date = SkewedDate as DateConstructor;
    });
    await joinByLink(w, right.page, 'Right Clock', 'A', 'France');
    await joinByLink(w, skewed.page, 'Skewed Clock', 'B', 'Togo');
    expect(await skewed.page.evaluate(() => Date.now() - performance.timeOrigin - performance.now())).toBeGreaterThan(
      4 * 60_000,
    );

    expect((await w.moderator.send({ type: 'phase:set', phase: { kind: 'speaker', speakerId: 's1' } })).ok).toBe(true);
    expect((await w.moderator.send({ type: 'timer:start', durationMs: 5 * 60_000 })).ok).toBe(true);
    await right.page.getByTestId('timer').waitFor();
    await skewed.page.getByTestId('timer').waitFor();
    // Both count down from 5:00 (the skewed page would read 0:00 or over time without the offset).
    await waitFor(async () => (await readTimer(right.page)) < 300 && (await readTimer(skewed.page)) < 300, {
      what: 'counting down',
    });
    for (let i = 0; i < 3; i++) {
      const [a, b] = await Promise.all([readTimer(right.page), readTimer(skewed.page)]);
      expect(a).toBeGreaterThan(240);
      expect(Math.abs(a - b)).toBeLessThanOrEqual(1);
    }
  });
});
