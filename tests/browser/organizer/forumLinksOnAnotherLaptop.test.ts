// An organizer's first minutes on a fresh installation: the first visit offers to create the
// account; then a forum, a session in it, and the session's links seen again from another browser
// (another laptop) after logging in there. Screenshots at 1280×720 and 360×640; axe stays clean.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../helpers/server.js';
import { axeViolations, launchBrowser, newPage, PHONE, shot, startAppServer } from '../browser.js';

const WIDE = { viewport: { width: 1280, height: 720 } };

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startAppServer({ sqlite: true });
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function clean(page: Page, what: string) {
  expect(await axeViolations(page), what).toEqual([]);
}

describe('organizer: setup, forum, session, links on another laptop', () => {
  it('works end to end', { timeout: 60_000 }, async () => {
    const { context, page } = await newPage(browser, WIDE);
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'Organizers' }).click();
    await page.getByRole('heading', { name: 'Create the first organizer account' }).waitFor();
    await clean(page, 'setup');
    await shot(page, 'organizer-setup-1280');
    await page.getByLabel('E-mail address').fill('ana@example.org');
    await page.getByLabel('Password', { exact: true }).fill('correct horse');
    await page.getByLabel('Password again').fill('correct horse');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Your forums' }).waitFor();

    await page.getByLabel('Name').fill('GSEF 2026');
    await page.getByLabel('City').fill('Bordeaux');
    await page.getByLabel('First day').fill('2026-10-01');
    await page.getByRole('button', { name: 'Create the forum' }).click();
    await page.getByRole('heading', { name: 'GSEF 2026' }).waitFor();
    await page.getByLabel('Title', { exact: true }).fill('Territorial alliances');
    await page.getByLabel('Moderator’s name').fill('Kevin Ossah');
    await page.getByRole('button', { name: 'Create the session' }).click();
    const row = page.locator('section.org-sheet tr', { hasText: 'Territorial alliances' });
    await row.waitFor();
    const first = await row.locator('a[data-role]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(first).toHaveLength(5);
    await clean(page, 'forum page');
    await shot(page, 'organizer-forum-1280');
    await context.close();

    // Another laptop: nothing in its storage; the links come from the server after logging in.
    const other = await newPage(browser, WIDE);
    await other.page.goto(`${server.url}/organizer/`);
    await other.page.getByRole('heading', { name: 'Organizer login' }).waitFor();
    await clean(other.page, 'login');
    await shot(other.page, 'organizer-login-1280');
    await other.page.getByLabel('E-mail address').fill('ana@example.org');
    await other.page.getByLabel('Password').fill('correct horse');
    await other.page.getByRole('button', { name: 'Log in' }).click();
    await other.page.getByRole('link', { name: 'GSEF 2026' }).click();
    const again = other.page.locator('section.org-sheet tr', { hasText: 'Territorial alliances' });
    await again.waitFor();
    expect(
      await again.locator('a[data-role]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)),
    ).toEqual(first);
    // The moderator link opens the console.
    const moderator = first.find((h) => h.includes('/moderator/'))!;
    await other.page.goto(moderator);
    await other.page.getByRole('tab', { name: /Audience questions/ }).waitFor();
    await other.context.close();

    // The same pages on a phone-sized screen.
    const small = await newPage(browser, PHONE);
    await small.page.goto(`${server.url}/organizer/`);
    await small.page.getByLabel('E-mail address').fill('ana@example.org');
    await small.page.getByLabel('Password').fill('correct horse');
    await small.page.getByRole('button', { name: 'Log in' }).click();
    await small.page.getByRole('heading', { name: 'Your forums' }).waitFor();
    await shot(small.page, 'organizer-forums-360');
    await small.page.getByRole('link', { name: 'GSEF 2026' }).click();
    await small.page.locator('section.org-sheet tr', { hasText: 'Territorial alliances' }).waitFor();
    await clean(small.page, 'forum page, phone');
    await shot(small.page, 'organizer-forum-360');
    await small.context.close();
  });
});
