// A forum's day, as issue 14 tells it: an organizer logs in, imports a programme of 12 sessions from
// a real .xlsx into the forum, reviews and creates them, hands out the links sheet (CSV); two
// sessions run at once while the status board (another tab) follows both live; a moderator link is
// replaced from the forum (the console open with the old one is cut off, with the reason); the zip
// of every report and the combined report download (its contents list every session); a session is
// deleted after its code is typed. Axe on the sheet; screenshots.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../fixtures/report/pdfText.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { FORUM, OrganizerClient } from '../../helpers/organizer.js';
import type { TestServer } from '../../helpers/server.js';
import { spanishProgrammeXlsx } from '../../server/http/programmeSheet.js';
import { axeViolations, launchBrowser, newPage, shot, startAppServer } from '../browser.js';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startAppServer({ sqlite: true });
  browser = await launchBrowser();
  const ana = new OrganizerClient(server.url);
  await ana.setup('ana@example.org', 'correct horse');
  expect((await ana.req('POST', '/api/organizer/forums', FORUM)).status).toBe(201);
}, 60_000);
afterAll(async () => {
  closeAllClients();
  await browser?.close();
  await server?.close();
});

describe('organizer: a programme imported into a forum, its links sheet', () => {
  it('imports, hands out, follows two sessions, replaces a link, downloads, deletes', {
    timeout: 150_000,
  }, async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/organizer/`);
    await page.getByLabel('E-mail address').fill('ana@example.org');
    await page.getByLabel('Password', { exact: true }).fill('correct horse');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('link', { name: FORUM.name }).click();
    await page.getByRole('heading', { level: 1, name: FORUM.name }).waitFor();

    await page.getByLabel('Programme or brief files').setInputFiles({
      name: 'programa.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await spanishProgrammeXlsx(12),
    });
    await page.getByRole('heading', { level: 1, name: 'Review the programme' }).waitFor();
    expect(await page.getByTestId('programme-row').count()).toBe(12);
    await page.getByRole('button', { name: 'Create 12 sessions' }).click();
    await page.getByTestId('forum-notice').getByText('12 sessions created in the forum.').waitFor();
    const rows = page.locator('section.org-sheet tbody tr');
    expect(await rows.count()).toBe(12);
    // Programme order, rooms shown.
    const whens = await rows.locator('td.nowrap').allInnerTexts();
    expect(whens).toEqual([...whens].sort());
    expect(await rows.locator('td.org-room').allInnerTexts()).toContain('Sala 3');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'organizer-forum-sheet-1280');

    const download = page.waitForEvent('download');
    await page.getByTestId('forum-links-csv').click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(13);
    const firstModerator = (await rows.nth(0).locator('a[data-role="moderator"]').getAttribute('href'))!;
    expect(csv).toContain(firstModerator);

    // Two sessions run at once (real sockets); the status board, in another tab, follows both.
    const board = await context.newPage();
    await board.goto(`${server.url}${await page.getByTestId('open-board').getAttribute('href')}`);
    await board.getByText('Live: updates by itself').waitFor();
    const boardRow = (code: string) => board.locator(`tbody tr[data-code="${code}"]`);
    const running: string[] = [];
    for (const i of [0, 1]) {
      const r = rows.nth(i);
      const c = (await r.getAttribute('data-code'))!;
      const key = new URL((await r.locator('a[data-role="moderator"]').getAttribute('href'))!).hash.slice(5);
      const mod = await connectClient(server.url, c, 'moderator', { key });
      expect((await mod.send({ type: 'phase:set', phase: { kind: 'opening' } })).ok).toBe(true);
      for (let p = 0; p <= i; p++) await connectClient(server.url, c, 'participant');
      running.push(c);
    }
    for (const [i, c] of running.entries()) {
      await boardRow(c).locator('[data-testid="board-state"]', { hasText: 'On stage now' }).waitFor();
      await boardRow(c)
        .locator('[data-testid="board-phones"]', { hasText: String(i + 1) })
        .waitFor();
    }
    expect(await boardRow(running[0]!).locator('[data-testid="board-step"]').textContent()).toBeTruthy();
    expect(await board.locator('tbody tr [data-testid="board-state"]', { hasText: 'On stage now' }).count()).toBe(2);
    await shot(board, 'organizer-forum-day-board-1280');

    // The first session's console is open on another screen; its link is replaced from the forum.
    const code = (await rows.nth(0).getAttribute('data-code'))!;
    const screen = await newPage(browser, { viewport: { width: 1280, height: 720 } });
    await screen.page.goto(firstModerator);
    await screen.page.locator('.mod-grid').waitFor();
    const row = page.locator(`tr[data-code="${code}"]`);
    await row.locator('summary').click();
    await row.getByLabel('Link to replace').selectOption('moderator');
    await row.getByRole('button', { name: 'Replace the link' }).click();
    await row.getByTestId('confirm-replace').click();
    await page.getByTestId('forum-sessions-status').getByText('was replaced').waitFor();
    const newModerator = (await row.locator('a[data-role="moderator"]').getAttribute('href'))!;
    expect(newModerator).not.toBe(firstModerator);
    await screen.page.getByText('This link was replaced', { exact: false }).waitFor({ timeout: 20_000 });
    await screen.context.close();

    // Every report in one place: the zip holds every session's PDF; the combined report's contents
    // list every session.
    const titles = await rows
      .locator('th[scope="row"]')
      .evaluateAll((ths) => ths.map((th) => (th.firstChild?.textContent ?? '').trim()));
    expect(titles).toHaveLength(12);
    const get = async (button: RegExp) => {
      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 90_000 }),
        page.getByRole('button', { name: button }).click(),
      ]);
      return readFileSync((await file.path())!);
    };
    const names = Object.keys((await JSZip.loadAsync(await get(/All reports/))).files);
    expect(names.filter((n) => n.endsWith('.pdf'))).toHaveLength(12);
    const text = pdfText(await get(/Combined report \(PDF\)/));
    // The contents come first, every title in programme order, before the first session begins.
    const toc = text.indexOf('Sommaire');
    expect(toc).toBeGreaterThan(-1);
    const inContents = titles.map((t) => text.indexOf(t, toc));
    expect(inContents.every((at) => at > toc)).toBe(true);
    expect(inContents).toEqual([...inContents].sort((a, b) => a - b));
    expect(text.indexOf(titles[0]!, inContents[11]! + 1)).toBeGreaterThan(inContents[11]!);

    // Deleting the last session: the wrong code is refused, the right one deletes it.
    const last = rows.nth(11);
    const lastCode = (await last.getAttribute('data-code'))!;
    await last.locator('summary').click();
    await last.getByLabel('Session code').fill('ZZZ999');
    await last.getByRole('button', { name: 'Delete the session' }).click();
    await last.getByRole('alert').getByText('Type the session’s code to confirm.').waitFor();
    expect(await server.store.getSession(lastCode)).toBeDefined();
    await last.getByLabel('Session code').fill(lastCode);
    await last.getByRole('button', { name: 'Delete the session' }).click();
    await page.getByTestId('forum-sessions-status').getByText('was deleted').waitFor();
    expect(await rows.count()).toBe(11);
    expect(await server.store.getSession(lastCode)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });
});
