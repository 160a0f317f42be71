// The moderator replaces the moderator link from the console (after a confirmation): this console
// carries on with the new link, and another console still open with the old one is cut off and
// told the link was replaced.
import { afterEach, expect, it } from 'vitest';
import { KEY_REPLACED } from '../../../server/socket/handshake.js';
import { axeViolations, LAPTOP, newPage, shot } from '../browser.js';
import { startSessionWorld, type SessionWorld } from '../sessionHarness.js';

let w: SessionWorld;
afterEach(async () => w?.close());

it('replacing the moderator link cuts off the old console and keeps this one running', async () => {
  w = await startSessionWorld();
  const { page: old } = await newPage(w.browser, LAPTOP);
  const { page } = await newPage(w.browser, LAPTOP);
  for (const p of [old, page]) {
    await p.goto(w.session.links.moderator);
    await p.getByRole('tab', { name: /Audience questions/ }).waitFor();
  }

  await page.getByText('Replace a staff link').click();
  const row = page.locator('.staff-keys-list li').filter({ hasText: 'Moderator link' });
  await row.getByRole('button', { name: 'Replace' }).click();
  await row.getByText('Whoever has the old one loses access now.').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'replace-moderator-link-confirm');
  await row.getByRole('button', { name: 'Yes, replace it' }).click();

  // The old console: cut off, then refused with the reason.
  await old.getByTestId('keyless-link').waitFor({ timeout: 20_000 });
  expect(await old.locator('.keyless-detail').innerText()).toBe(KEY_REPLACED.en);
  await shot(old, 'replace-moderator-link-old-console');
  // This console reloaded with the new key and runs.
  await page.getByRole('tab', { name: /Audience questions/ }).waitFor();
  expect(await page.getByTestId('keyless-link').count()).toBe(0);
});
