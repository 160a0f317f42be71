// An organizer opens the forum page, sees the forum's figures, and downloads every report as one
// zip and the combined report, whose contents list every session. Screenshots at 1280×720 and
// 360×640; axe stays clean.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../fixtures/report/pdfText.js';
import { BASE_NAMES, FORUM_SESSIONS, fillForum, VOICES } from '../../helpers/forumReports.js';
import { FORUM } from '../../helpers/organizer.js';
import type { TestServer } from '../../helpers/server.js';
import { axeViolations, launchBrowser, newPage, PHONE, startAppServer } from '../browser.js';

const WIDE = { viewport: { width: 1280, height: 720 } };

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startAppServer({ sqlite: true });
  browser = await launchBrowser();
  await fillForum(server);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openForum(page: Page) {
  await page.goto(`${server.url}/organizer/`);
  await page.getByLabel('E-mail address').fill('ana@example.org');
  await page.getByLabel('Password').fill('correct horse');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('link', { name: FORUM.name }).click();
  await page.getByRole('heading', { name: 'Forum summary' }).waitFor();
}

async function download(page: Page, button: RegExp): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

/** The Reports section as it sits on the screen (the whole forum page is much taller). */
async function reportsShot(page: Page, name: string) {
  await page.getByRole('heading', { name: 'Reports' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: resolve(__dirname, '../../../.screenshots', `${name}.png`) });
}

describe('organizer: the forum’s reports in one place', () => {
  it('shows the figures and downloads the zip and the combined report', { timeout: 60_000 }, async () => {
    const { context, page } = await newPage(browser, { ...WIDE, acceptDownloads: true });
    await openForum(page);
    const figure = (name: string) => page.locator(`dd[data-figure="${name}"]`);
    await expect.poll(() => figure('participants').textContent()).toBe(String(VOICES.length));
    expect(await figure('held').textContent()).toBe(`1 of ${FORUM_SESSIONS.length}`);
    expect(await figure('countries').textContent()).toContain(VOICES[0].country);
    const rows = page.locator('table.org-summary-table tbody tr');
    expect(await rows.count()).toBe(FORUM_SESSIONS.length);
    expect(await rows.first().locator('th').textContent()).toBe('Ouverture du forum');
    expect(await axeViolations(page)).toEqual([]);
    await reportsShot(page, 'organizer-forum-reports-1280');

    const zip = await download(page, /All reports/);
    expect(zip.name).toBe('GSEF 2026 – rapports.zip');
    const names = Object.keys((await JSZip.loadAsync(zip.body)).files);
    for (const base of BASE_NAMES) expect(names).toContain(`${base}.pdf`);
    await page.getByRole('status').filter({ hasText: 'downloaded' }).waitFor();

    const pdf = await download(page, /Combined report \(PDF\)/);
    expect(pdf.name).toBe('GSEF 2026 – Rapport du forum.pdf');
    const text = pdfText(pdf.body);
    expect(text).toContain('Sommaire');
    for (const s of FORUM_SESSIONS) expect(text).toContain(s.title);
    await context.close();

    const small = await newPage(browser, PHONE);
    await openForum(small.page);
    await small.page.locator('dd[data-figure="participants"]').waitFor();
    expect(await axeViolations(small.page)).toEqual([]);
    await reportsShot(small.page, 'organizer-forum-reports-360');
    await small.context.close();
  });
});
