// Links phones can open. On a loopback address without PUBLIC_URL the console's join panel warns
// and offers this machine's LAN address, which, accepted, makes the link and the QR code (and the
// projector opened from the same browser) use it. With PUBLIC_URL: no warning, and every link,
// the QR code and the projector's "join at" use it. Screenshots of the warning in fr/en/es.
import { networkInterfaces } from 'node:os';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAllClients } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, type TestServer } from '../../helpers/server.js';
import { axeViolations, LAPTOP, launchBrowser, newPage, startAppServer } from '../browser.js';
import { poll, textOf } from './harness.js';

let server: TestServer | undefined;
let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
afterEach(async () => {
  closeAllClients();
  await browser?.close();
  await server?.close();
});

const lanIp = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && !a.internal && a.family === 'IPv4' && !a.address.startsWith('169.254.'))?.address;

async function consoleOf(link: string, locale = 'en-US'): Promise<Page> {
  const { page } = await newPage(browser!, { ...LAPTOP, locale });
  await page.goto(link);
  await page.getByTestId('now-title').waitFor();
  return page;
}

const qrSrc = (page: Page) => page.locator('.join-qr').getAttribute('src');

describe('join address', () => {
  it('warns on a loopback address and uses the LAN address once accepted', async () => {
    server = await startAppServer();
    browser = await launchBrowser();
    const s = await server.createSession(SAMPLE_DEFINITION);
    expect(new URL(s.links.moderator).hostname).toBe('127.0.0.1');
    const page = await consoleOf(s.links.moderator);
    const warning = page.getByTestId('loopback-warning');
    await warning.waitFor();
    expect(await textOf(page, '[data-testid="join-link"]')).toBe(`127.0.0.1:${server.port}/j/${s.code}`);
    expect(await axeViolations(page)).toEqual([]);
    if (!lanIp) return; // No network on this machine: the warning says so (covered by its text).
    const lan = `http://${lanIp}:${server.port}`;
    expect(await warning.textContent()).toContain(`${lanIp}:${server.port}`);
    await page.getByTestId('use-lan').first().click();
    await poll(() => textOf(page, '[data-testid="join-link"]')).toBe(`${lanIp}:${server.port}/j/${s.code}`);
    expect(await page.getByTestId('join-link').getAttribute('href')).toBe(`${lan}/j/${s.code}`);
    expect(await qrSrc(page)).toBe(`/api/sessions/${s.code}/qr.svg?origin=${encodeURIComponent(lan)}`);
    // The projector opened from this browser follows the choice.
    const proj = await page.context().newPage();
    await proj.goto(s.links.projector);
    await poll(() => textOf(proj, '[data-testid="projector-join-host"]')).toBe(`${lanIp}:${server.port}/j`);
    await proj.close();
    // Screenshots of the warning (before accepting) in every language.
    await page.getByRole('button', { name: `Back to 127.0.0.1:${server.port}` }).click();
    for (const [locale, lang] of [
      ['fr-FR', 'fr'],
      ['en-US', 'en'],
      ['es-ES', 'es'],
    ] as const) {
      const p = await consoleOf(s.links.moderator, locale);
      await p.getByTestId('loopback-warning').waitFor();
      await p.getByTestId('use-lan').first().waitFor();
      await p.locator('.join').scrollIntoViewIfNeeded();
      await p.locator('.join').screenshot({ path: `.screenshots/join-panel-warning-${lang}.png` });
      await p.locator('.cues').screenshot({ path: `.screenshots/cue-panel-${lang}.png` });
      await p.context().close();
    }
  });

  it('with PUBLIC_URL: no warning, and links, QR and projector use it', async () => {
    server = await startAppServer({ publicUrl: 'https://palabre.example/' });
    browser = await launchBrowser();
    const s = await server.createSession(SAMPLE_DEFINITION);
    for (const l of Object.values(s.links)) expect(new URL(l).origin).toBe('https://palabre.example');
    // The staff still open the console on this machine's own address.
    const local = (l: string) => l.replace('https://palabre.example', server!.url);
    const page = await consoleOf(local(s.links.moderator));
    await poll(() => textOf(page, '[data-testid="join-link"]')).toBe(`palabre.example/j/${s.code}`);
    expect(await page.getByTestId('loopback-warning').count()).toBe(0);
    expect(await qrSrc(page)).toBe(`/api/sessions/${s.code}/qr.svg`);
    const svg = await (await fetch(`${server.url}/api/sessions/${s.code}/qr.svg`)).text();
    expect(svg).toContain('<svg');
    const proj = await page.context().newPage();
    await proj.goto(local(s.links.projector));
    await poll(() => textOf(proj, '[data-testid="projector-join-host"]')).toBe('palabre.example/j');
  });
});
