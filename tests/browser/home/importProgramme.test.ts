// An organizer imports a programme of 12 sessions from a real .xlsx on the home page, reviews each
// row (a row without a title is left out, with the reason), creates them all at once and gets the
// staff links sheet, as a page and as CSV. Axe on the review and the sheet; screenshots of both at
// 1280×720 and 360×640 in English, French and Spanish.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyOf, type TestServer } from '../../helpers/server.js';
import { spanishProgrammeXlsx } from '../../server/http/programmeSheet.js';
import { axeViolations, launchBrowser, newPage, shot, startAppServer } from '../browser.js';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function shots(page: Page, name: string, ready: () => Promise<unknown>) {
  const picker = page.locator('.lang-picker select');
  for (const lang of ['en', 'fr', 'es'] as const) {
    await picker.selectOption(lang);
    await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
    await ready();
    for (const [w, h] of [
      [1280, 720],
      [360, 640],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await shot(page, `programme-${name}-${lang}-${w}`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await picker.selectOption('en');
}

describe('home: import a programme', () => {
  it('imports 12 sessions from a sheet, reviews, creates them and shows the links sheet', async () => {
    const file = await spanishProgrammeXlsx(12, [['', '2023-10-18', '10:00']]);
    const { context, page } = await newPage(browser, { viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 2, name: 'Import a programme' }).waitFor();
    await page.getByLabel('Programme or brief files').setInputFiles({
      name: 'programa.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });

    await page.getByRole('heading', { level: 1, name: 'Review the programme' }).waitFor();
    const rows = page.getByTestId('programme-row');
    expect(await rows.count()).toBe(13);
    expect(await rows.nth(0).innerText()).toContain('Sesión 1: economía social y territorio');
    const refused = rows.nth(12);
    expect(await refused.innerText()).toContain('Not created');
    expect(await refused.innerText()).toContain('No title: this row will not be created.');
    expect(await server.store.listSessionCodes()).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await shots(page, 'review', () => page.locator('#programme-review-title').waitFor());

    await page.getByRole('button', { name: 'Create 12 sessions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff links' }).waitFor();
    const sessions = page.getByTestId('links-session');
    expect(await sessions.count()).toBe(12);
    expect((await server.store.listSessionCodes()).length).toBe(12);
    const moderatorLink = await sessions.nth(0).locator('a[data-role="moderator"]').getAttribute('href');
    const code = new URL(moderatorLink!).pathname.split('/')[2]!;
    const addresses = await fetch(`${server.url}/api/sessions/${code}/addresses`, {
      headers: { authorization: `Bearer ${keyOf(moderatorLink!)}` },
    });
    expect(addresses.status).toBe(200);
    expect(await axeViolations(page)).toEqual([]);

    const download = page.waitForEvent('download');
    await page.getByTestId('links-csv').click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(13);
    expect(csv).toContain(moderatorLink!);
    await shots(page, 'links', () => page.locator('#links-sheet-title').waitFor());
    expect(errors).toEqual([]);
    await context.close();
  });
});
