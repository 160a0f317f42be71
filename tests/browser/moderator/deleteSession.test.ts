// The moderator deletes the session from the console: the code must be typed to confirm; then the
// session is gone (its code answers 404) and the console returns to the home page.
import { afterEach, expect, it } from 'vitest';
import { axeViolations, LAPTOP, newPage, shot } from '../browser.js';
import { startSessionWorld, type SessionWorld } from '../sessionHarness.js';

let w: SessionWorld;
afterEach(async () => w?.close());

it('deletes the session after the code is typed, and goes home', async () => {
  w = await startSessionWorld();
  const { page } = await newPage(w.browser, LAPTOP);
  await page.goto(w.session.links.moderator);
  await page.getByRole('tab', { name: /Audience questions/ }).waitFor();

  await page.getByText('Delete this session').click();
  const field = page.getByLabel(`Type the session code ${w.session.code} to confirm`);
  await field.fill('WRONG1');
  await page.getByRole('button', { name: 'Delete the session' }).click();
  await page.getByText(`Type the code ${w.session.code} exactly.`).waitFor();
  expect(await w.server.store.getSession(w.session.code)).toBeDefined();
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'delete-session-confirm');

  await field.fill(w.session.code.toLowerCase());
  await page.getByRole('button', { name: 'Delete the session' }).click();
  await page.getByRole('heading', { level: 1, name: 'Create a session' }).waitFor();
  expect(await w.server.store.getSession(w.session.code)).toBeUndefined();
  expect((await fetch(`${w.server.url}/api/sessions/${w.session.code}`)).status).toBe(404);
});
