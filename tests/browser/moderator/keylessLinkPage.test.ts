// A staff link without its key, or with a wrong one, gets a page that says what the link is, where
// to find the right one and how to get home, in the reader's language: not a bare red line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, newPage } from '../browser.js';
import { poll, startWorld, textOf, type World } from './harness.js';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => {
  await w?.close();
});

describe('a staff link without its key', () => {
  it('explains itself, in the reader’s language, for every staff view', async () => {
    const code = w.session.code;
    const cases = [
      ['en-US', `/moderator/${code}`, 'This is a moderator console link, but its key is missing'],
      ['fr-FR', `/rapporteur/${code}`, 'Ceci est un lien de rapporteur·e, mais sa clé manque'],
      ['es-ES', `/projector/${code}`, 'Este es un enlace de proyector, pero le falta su clave'],
      ['en-US', `/speaker/${code}`, 'This is a speaker view link, but its key is missing'],
    ] as const;
    for (const [locale, path, heading] of cases) {
      const { page, context } = await newPage(w.browser, { viewport: { width: 1280, height: 720 }, locale });
      await page.goto(`${w.server.url}${path}`);
      await poll(() => textOf(page, 'h1')).toBe(heading);
      expect(await textOf(page, '[data-testid="keyless-link"]')).toContain(code);
      expect(await page.locator('[data-testid="keyless-link"] a[href="/"]').count()).toBe(1);
      if (locale === 'fr-FR') {
        await page.screenshot({ path: '.screenshots/keyless-rapporteur-fr.png' });
        expect(await axeViolations(page)).toEqual([]);
      }
      await context.close();
    }
  });

  it('says the key is wrong when it is', async () => {
    const { page } = await newPage(w.browser, { viewport: { width: 1280, height: 720 } });
    await page.goto(`${w.server.url}/moderator/${w.session.code}#key=${'x'.repeat(24)}`);
    await poll(() => textOf(page, 'h1')).toBe(
      `The key in this link is not the right one for session ${w.session.code}`,
    );
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page.waitForURL(`${w.server.url}/`);
  });
});
