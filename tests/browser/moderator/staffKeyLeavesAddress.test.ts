// STAFF KEYS: a staff link carries its key in the fragment (#key=…). Once the page has it, the key
// leaves the address bar and the history (replaceState): nothing on screen, in a screenshot or in
// the browser's history shows it. A reload of the same tab still opens the view (the key is kept in
// that tab's sessionStorage); another tab opened at the bare address does not get it.
import { afterEach, expect, it } from 'vitest';
import { LAPTOP, newPage } from '../browser.js';
import { startSessionWorld, type SessionWorld } from '../sessionHarness.js';

let w: SessionWorld;
afterEach(async () => w?.close());

it('the moderator’s key leaves the address after load; a reload still opens the console', async () => {
  w = await startSessionWorld();
  const { context, page } = await newPage(w.browser, LAPTOP);
  const key = w.session.moderatorKey;
  await page.goto(w.session.links.moderator);
  const consoleTab = page.getByRole('tab', { name: /Audience questions/ });
  await consoleTab.waitFor();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
  expect(page.url()).not.toContain(key);
  expect(page.url()).toMatch(new RegExp(`/moderator/${w.session.code}$`));
  // The history entry was replaced, not added to: back and forward do not bring the key back.
  await page.goBack();
  expect(page.url()).not.toContain(key);
  await page.goForward();
  await consoleTab.waitFor();
  expect(page.url()).not.toContain(key);

  await page.reload();
  await consoleTab.waitFor();
  expect(page.url()).not.toContain(key);
  expect(await page.getByTestId('keyless-link').count()).toBe(0);

  // Another tab at the bare address has no key: not opened (the page says where the right link is).
  const other = await context.newPage();
  await other.goto(`${w.server.url}/moderator/${w.session.code}`);
  await other.getByTestId('keyless-link').waitFor();
});

it('the rapporteur’s and the projector’s keys leave the address too', async () => {
  w = await startSessionWorld();
  for (const [link, key] of [
    [w.session.links.rapporteur, w.session.rapporteurKey],
    [w.session.links.projector, w.session.projectorKey],
  ] as const) {
    const { page } = await newPage(w.browser, LAPTOP);
    await page.goto(link);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    expect(page.url()).not.toContain(key);
    await page.reload();
    // Connected after the reload: the session's title is shown, and no "key is missing" page.
    await page.getByText(w.room().definition.title, { exact: false }).first().waitFor();
    expect(await page.getByTestId('keyless-link').count()).toBe(0);
    expect(page.url()).not.toContain(key);
  }
});
