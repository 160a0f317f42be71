// The axe findings of a real session's run, cleared: the console's scrolling columns can be reached
// by keyboard even once every step is disabled (the session has ended), and nothing on the
// rapporteur's page sits outside a landmark. Both rules are checked whatever their impact.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, newPage } from '../browser.js';
import { openConsole, poll, startWorld, type World } from './harness.js';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => w?.close());

async function axeRules(page: Page, rules: string[]): Promise<{ id: string; nodes: string[] }[]> {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async (only) => {
    // @ts-expect-error injected global
    const r = await window.axe.run(document, { runOnly: { type: 'rule', values: only } });
    return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, rules);
}

describe('accessibility: scrolling regions and landmarks', () => {
  it('the console, running and ended, and the rapporteur view pass', async () => {
    const { page } = await openConsole(w, { context: { viewport: { width: 1280, height: 720 } } });
    await page.locator('[data-step="question:r1q1"]').click();
    await poll(() => w.room().phase).toEqual({ kind: 'question', questionId: 'r1q1' });
    expect(await axeRules(page, ['scrollable-region-focusable', 'region'])).toEqual([]);
    // The current step's name is read without the marker drawn before it.
    const current = page.locator('[aria-current="step"]');
    expect(await current.evaluate((el) => el.querySelector('[aria-hidden="true"]')?.textContent)).toBe('▶');
    expect((await current.getAttribute('aria-label')) ?? '').toBe('');
    const name = await current.evaluate((el) => {
      // The accessible name as the tree computes it: text minus aria-hidden parts.
      const clone = el.cloneNode(true) as HTMLElement;
      for (const h of clone.querySelectorAll('[aria-hidden="true"]')) h.remove();
      return clone.textContent!.trim();
    });
    expect(name.startsWith('Round 1')).toBe(true);

    await page.getByRole('button', { name: 'End the session…' }).click();
    await page.getByRole('button', { name: 'End the session', exact: true }).click();
    await page.getByText('The session has ended.').waitFor();
    expect(await axeRules(page, ['scrollable-region-focusable', 'region'])).toEqual([]);
    // Over, audience questions included: the console does not call them open.
    expect(w.room().audienceOpen).toBe(false);
    await page.getByRole('tab', { name: /Audience questions/ }).click();
    expect(await page.getByTestId('aq-open-state').getAttribute('class')).not.toContain('live');

    const { page: rap } = await newPage(w.browser, LAPTOP);
    await rap.goto(w.session.links.rapporteur);
    await rap.locator('.session-title').waitFor();
    expect(await axeRules(rap, ['region', 'scrollable-region-focusable'])).toEqual([]);
  });
});
