// Browser-test harness: a real Palabre server serving the built client on port 0, and Debian's
// Chromium driven by playwright-core (browser downloads are impossible here).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

export const CHROMIUM =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ??
  '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export async function startAppServer(o: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  // The build made for this run by globalSetup.ts.
  return startTestServer({ staticDir: inject('distDir'), ...o });
}

export const PHONE = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const LAPTOP = { viewport: { width: 1366, height: 768 } };

export async function newPage(
  browser: Browser,
  o: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-US', ...o });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[pageerror]', e.message));
  return { context, page };
}

/** Saves a screenshot under .screenshots/ (git-ignored) for a person to look at. */
export async function shot(page: Page, name: string): Promise<string> {
  const file = resolve(__dirname, '../../.screenshots', `${name}.png`);
  try {
    await page.screenshot({ path: file, fullPage: true });
  } catch (e) {
    // Headless Chromium on a loaded machine now and then never delivers the frame a full-page
    // capture waits for (seen once in 3 runs of npm test beside a benchmark): one fresh attempt.
    if (!(e instanceof Error) || e.name !== 'TimeoutError') throw e;
    await page.screenshot({ path: file, fullPage: true });
  }
  return file;
}

/** Runs axe-core in the page; returns serious and critical violations. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
  await page.evaluate(source);
  const result = (await page.evaluate(async () => {
    // @ts-expect-error injected global
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  })) as { id: string; impact: string; nodes: string[] }[];
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
