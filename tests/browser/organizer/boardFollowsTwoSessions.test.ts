// The status board in a browser: an organizer opens it from the forum's page; two sessions run at
// once (real sockets) and the board follows both without a reload (state, step, phones, waiting
// questions); the day and room filters work from the keyboard; a row's console link opens the
// console. Then 60 sessions on a laptop screen and a full-HD one: the header stays in sight.
// Screenshots at 1280×720, 1920×1080 and 360×640; axe stays clean.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateIn } from '../../../shared/timeZone.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { FORUM, OrganizerClient } from '../../helpers/organizer.js';
import { keyOf, type TestServer } from '../../helpers/server.js';
import { axeViolations, launchBrowser, newPage, PHONE, shot, startAppServer } from '../browser.js';

const WIDE = { viewport: { width: 1280, height: 720 } };
const FULL_HD = { viewport: { width: 1920, height: 1080 } };
const today = dateIn(Date.now(), FORUM.timeZone);
const tomorrow = dateIn(Date.now() + 86_400_000, FORUM.timeZone);

const definition = (title: string, date: string, startTime: string, room: string) => ({
  title,
  date,
  startTime,
  endTime: `${String(Number(startTime.slice(0, 2)) + 1).padStart(2, '0')}:30`,
  room,
  moderation: 'approve',
  audienceQuestions: 'always',
  identity: 'anonymous',
  speakers: [
    { id: 's1', name: 'Aminata Diallo', minutes: 10 },
    { id: 's2', name: 'Jean Tremblay', minutes: 10 },
  ],
});

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startAppServer({ sqlite: true });
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  closeAllClients();
  await browser?.close();
  await server?.close();
});

async function forumWith(email: string, sessions: ReturnType<typeof definition>[]) {
  const org = new OrganizerClient(server.url);
  const first = await org.setup(email, 'correct horse');
  if (first.status !== 201) expect((await org.login(email, 'correct horse')).status).toBe(200);
  const forumId = (await org.req('POST', '/api/organizer/forums', FORUM)).json.id as string;
  const made: { code: string; moderator: string; links: Record<string, string> }[] = [];
  for (const d of sessions) {
    const r = await org.req('POST', `/api/organizer/forums/${forumId}/sessions`, d);
    expect(r.status).toBe(201);
    const links = r.json.links as Record<string, string>;
    made.push({ code: r.json.code as string, moderator: keyOf(links.moderator!), links });
  }
  return { forumId, made };
}

async function login(page: Page, email: string) {
  await page.goto(`${server.url}/organizer/`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill('correct horse');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Your forums' }).waitFor();
}

const rowOf = (page: Page, code: string) => page.locator(`tr[data-code="${code}"]`);

describe('organizer: the live status board', () => {
  it('follows two sessions run at once, filters, opens a console', { timeout: 60_000 }, async () => {
    const { forumId, made } = await forumWith('ana@example.org', [
      definition('Cities and the social economy', today, '09:30', 'Salle Garonne'),
      definition('Youth employment', today, '11:00', 'Auditorium'),
      definition('Finance for cooperatives', today, '14:00', 'Auditorium'),
      definition('Closing plenary', tomorrow, '16:00', 'Auditorium'),
    ]);
    const [cities, youth, finance, closing] = made as [
      (typeof made)[0],
      (typeof made)[0],
      (typeof made)[0],
      (typeof made)[0],
    ];
    const { context, page } = await newPage(browser, WIDE);
    await login(page, 'ana@example.org');
    await page.goto(`${server.url}/organizer/forum/${forumId}`);
    await page.getByRole('link', { name: 'Status board' }).click();
    await page.getByRole('heading', { name: /Status board/ }).waitFor();
    await rowOf(page, cities.code).waitFor();
    // Today's sessions, in programme order; tomorrow's behind the day filter.
    expect(await page.locator('tbody tr').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-code')))).toEqual([
      cities.code,
      youth.code,
      finance.code,
    ]);
    await page.getByText('Live: updates by itself').waitFor();

    // Two sessions run at once, driven by real sockets.
    const modA = await connectClient(server.url, cities.code, 'moderator', { key: cities.moderator });
    const modB = await connectClient(server.url, youth.code, 'moderator', { key: youth.moderator });
    const phoneA1 = await connectClient(server.url, cities.code, 'participant');
    await connectClient(server.url, cities.code, 'participant');
    const phoneB = await connectClient(server.url, youth.code, 'participant');
    expect((await modA.send({ type: 'turn:start', speakerId: 's2' })).ok).toBe(true);
    expect((await modB.send({ type: 'phase:set', phase: { kind: 'audience' } })).ok).toBe(true);
    expect((await phoneB.send({ type: 'aq:ask', questionId: 'a1', speakerId: null, text: 'Who pays?' })).ok).toBe(true);
    expect(
      (await phoneA1.send({ type: 'aq:ask', questionId: 'a2', speakerId: null, text: 'And rural areas?' })).ok,
    ).toBe(true);

    const a = rowOf(page, cities.code);
    const b = rowOf(page, youth.code);
    await a.locator('[data-testid="board-state"]', { hasText: 'On stage now' }).waitFor();
    await a.locator('[data-testid="board-step"]', { hasText: 'Jean Tremblay' }).waitFor();
    await a.locator('[data-testid="board-phones"]', { hasText: '2' }).waitFor();
    await a.locator('[data-testid="board-waiting"]', { hasText: '1' }).waitFor();
    await b.locator('[data-testid="board-step"]', { hasText: 'Audience questions' }).waitFor();
    await b.locator('[data-testid="board-phones"]', { hasText: '1' }).waitFor();
    await b.locator('[data-testid="board-waiting"]', { hasText: '1' }).waitFor();
    expect(await rowOf(page, finance.code).locator('[data-testid="board-state"]').textContent()).toBe('Not started');
    // The state changes were announced, politely, in the live region.
    await page.locator('[data-testid="board-announce"]', { hasText: 'is on stage now' }).waitFor();
    expect(await axeViolations(page), 'board').toEqual([]);
    await shot(page, 'organizer-board-live-1280');

    // More changes, still without a reload: approved, ended.
    expect((await modB.send({ type: 'aq:approve', questionId: 'a1' })).ok).toBe(true);
    expect((await modA.send({ type: 'session:end' })).ok).toBe(true);
    await b.locator('[data-testid="board-waiting"]', { hasText: '0' }).waitFor();
    await a.locator('[data-testid="board-state"]', { hasText: 'Ended' }).waitFor();

    // Filters, from the keyboard: a room, then every day.
    await page.getByLabel('Room').focus();
    await page.getByLabel('Room').selectOption('Salle Garonne');
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.getByLabel('Room').selectOption('');
    await page.getByLabel('Day').selectOption('');
    await rowOf(page, closing.code).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(4);
    await page.getByLabel('Day').selectOption(tomorrow);
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.getByLabel('Day').selectOption(today);

    // One click on a row's console link opens that session's console.
    const [consolePage] = await Promise.all([
      context.waitForEvent('page'),
      b.getByRole('link', { name: /Console of/ }).click(),
    ]);
    await consolePage.waitForURL(new RegExp(`/moderator/${youth.code}`));
    await consolePage.getByRole('tab', { name: /Audience questions/ }).waitFor();
    await consolePage.close();
    await context.close();

    const small = await newPage(browser, PHONE);
    await login(small.page, 'ana@example.org');
    await small.page.goto(`${server.url}/organizer/forum/${forumId}/board`);
    await rowOf(small.page, youth.code).waitFor();
    expect(await axeViolations(small.page), 'board on a phone').toEqual([]);
    await shot(small.page, 'organizer-board-360');
    await small.context.close();
  });

  it('stays usable with 60 sessions on a laptop and a full-HD screen', { timeout: 60_000 }, async () => {
    const rooms = ['Auditorium', 'Salle Garonne', 'Salle Dordogne', 'Salle Lot', 'Online'];
    const sessions = Array.from({ length: 60 }, (_, i) =>
      definition(
        `Session ${i + 1}: ${['Local finance', 'Cooperatives and cities', 'Youth and the social economy', 'Public procurement'][i % 4]}`,
        today,
        `${String(8 + Math.floor(i / 6)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
        rooms[i % rooms.length]!,
      ),
    );
    const { forumId, made } = await forumWith('ana@example.org', sessions);
    const mod = await connectClient(server.url, made[3]!.code, 'moderator', { key: made[3]!.moderator });
    expect((await mod.send({ type: 'turn:start', speakerId: 's1' })).ok).toBe(true);
    for (const [size, name, locale] of [
      [WIDE, 'organizer-board-60-1280', 'en-US'],
      [FULL_HD, 'organizer-board-60-1920', 'en-US'],
      // French words are longer: the table still fits a laptop's width.
      [WIDE, 'organizer-board-60-1280-fr', 'fr-FR'],
    ] as const) {
      const { context, page } = await newPage(browser, { ...size, locale });
      await page.goto(`${server.url}/organizer/`);
      await page.locator('#login-email, input[type=email]').first().fill('ana@example.org');
      await page.locator('input[type=password]').first().fill('correct horse');
      await page.keyboard.press('Enter');
      await page.locator('.org-forums').waitFor();
      await page.goto(`${server.url}/organizer/forum/${forumId}/board`);
      await rowOf(page, made[59]!.code).waitFor({ state: 'attached' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await page.locator('tbody tr').count()).toBe(60);
      await page.screenshot({ path: `.screenshots/${name}.png` });
      // Scrolled to the last session, the column headers are still in sight.
      await rowOf(page, made[59]!.code).scrollIntoViewIfNeeded();
      const header = await page.locator('thead th').nth(3).boundingBox();
      expect(header && header.y >= 0 && header.y < size.viewport.height).toBe(true);
      await page.screenshot({ path: `.screenshots/${name}-scrolled.png` });
      await context.close();
    }
  });
});
