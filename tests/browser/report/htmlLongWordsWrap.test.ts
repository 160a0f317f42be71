// The HTML report in a browser: a long unbroken word (a pasted URL or hash) wraps inside the page
// instead of widening it, on a phone and on a laptop, and the page is still clean for axe.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAIN_QUESTION_ID } from '../../../shared/definition.js';
import { renderHtml } from '../../../shared/report/html.js';
import { buildReport } from '../../../shared/report/model.js';
import { SessionBuilder } from '../../fixtures/report/builder.js';
import { axeViolations, launchBrowser, LAPTOP, newPage, PHONE, shot } from '../browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const LONG = `https://example.org/${'a1b2c3d4'.repeat(90)}`;

function html(): string {
  const b = new SessionBuilder('LONG', { language: 'en', mainQuestion: 'Links?', speakers: [] }, 0);
  b.join('p', { name: `Name${'x'.repeat(120)}` });
  b.mod({ type: 'phase:set', phase: { kind: 'question', questionId: MAIN_QUESTION_ID } });
  b.answer('p', 'a1', MAIN_QUESTION_ID, `See ${LONG} for details`);
  return renderHtml(buildReport(b.state, 0));
}

it.each([
  ['phone', PHONE],
  ['laptop', LAPTOP],
] as const)('wraps long words on a %s', async (name, device) => {
  const { context, page } = await newPage(browser, device);
  try {
    await page.setContent(html());
    const { scroll, width } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      width: window.innerWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(width);
    // The word is all there, only wrapped.
    expect(await page.locator('text=for details').count()).toBe(1);
    expect((await page.textContent('main')) ?? '').toContain(LONG);
    await shot(page, `report-html-long-words-${name}`);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});
