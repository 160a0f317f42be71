// The participant page on emulated 3G (Chromium's DevTools presets): it must become ready to
// answer. The time it took is printed and recorded in docs/performance.md, never asserted.
import { appendFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { phone, putOnFloor, startWorld, type World } from './harness.js';

let w: World;
afterEach(async () => w?.close());

/** Puppeteer's and DevTools' presets (bytes per second, milliseconds). */
const PROFILES = {
  'Slow 3G': {
    latency: 400 * 5,
    downloadThroughput: ((500 * 1000) / 8) * 0.8,
    uploadThroughput: ((500 * 1000) / 8) * 0.8,
  },
  'Fast 3G': {
    latency: 150 * 3.75,
    downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
    uploadThroughput: ((750 * 1000) / 8) * 0.9,
  },
};

it('on emulated 3G the participant page becomes ready to answer', async () => {
  w = await startWorld({ ...SAMPLE_DEFINITION, identity: 'named' });
  await putOnFloor(w, 'r1q1');
  const lines: string[] = [];
  for (const [name, conditions] of Object.entries(PROFILES)) {
    const { context, page } = await phone(w);
    // A returning participant's second visit would be faster (cache); measure the first, cold.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
    const started = Date.now();
    await page.goto(`${w.server.url}/j/${w.session.code}`);
    await page.getByTestId('profile-form').waitFor({ timeout: 60_000 });
    const formAt = Date.now() - started;
    // The page's own clock: from the start of navigation to the form being in the page.
    const readyAt = await page.evaluate(() =>
      Math.round(performance.getEntriesByName('palabre:form-ready')[0]?.startTime ?? -1),
    );
    const received = await page.evaluate(
      () =>
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.transferSize ?? -1,
    );
    expect(readyAt).toBeGreaterThan(0);
    await page.getByTestId('profile-name').fill(`Slow ${name}`);
    await page.getByTestId('profile-organization').fill('Coop');
    await page.getByTestId('profile-country').fill('Togo');
    const entered = Date.now();
    await page.getByTestId('profile-submit').click();
    // The live view needs the socket's welcome (the question on the floor, this person's answers).
    const box = page.getByRole('textbox', { name: /answer/i }).first();
    await box.waitFor({ timeout: 60_000 });
    expect(await box.isEditable()).toBe(true);
    const liveAfter = Date.now() - entered;
    // Coming back (a reload on the same phone): the page from the network (the service worker
    // goes to the network first), then the profile and the last state kept on the phone, so the
    // answer box is there before the socket has connected.
    await page.reload();
    const again = page.getByRole('textbox', { name: /answer/i }).first();
    await again.waitFor({ timeout: 60_000 });
    const revisit = await page.evaluate(() => Math.round(performance.now()));
    lines.push(
      `${name}: profile form in the page ${readyAt} ms after navigation start (${formAt} ms seen by the test; page ${received} bytes over the network, cold); ` +
        `the question's answer box ${liveAfter} ms after entering (socket connection and welcome); ` +
        `on coming back (reload), the answer box by ${revisit} ms after navigation start (read after the test saw it)`,
    );
    await context.close();
  }
  const out = resolve(__dirname, '../../../test-results');
  mkdirSync(out, { recursive: true });
  appendFileSync(resolve(out, 'slow-network.txt'), `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
});
