// Several photos from the rapporteur view: two uploaded with the file picker both show, each with
// its own remove button, in the view and in the live preview; removing the first keeps the second,
// and the report downloads with it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { photosOf } from '../../../shared/state.js';
import { makePng } from '../../fixtures/report/photo.js';
import { SAMPLE_DEFINITION, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';
import { LAPTOP, axeViolations, launchBrowser, newPage, shot, startAppServer } from '../browser.js';

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

it('uploads two photos, removes one, and the report keeps the other', async () => {
  const s = await server.createSession(SAMPLE_DEFINITION);
  const room = () => server.app.registry.get(s.code)!.state;
  const { page } = await newPage(browser, LAPTOP);
  await page.goto(s.links.rapporteur.replace(/^http:\/\/[^/]+/, server.url));
  await page.getByRole('tab', { name: 'Conclusion' }).click();

  const picker = page.locator('input[type="file"]');
  await picker.setInputFiles({ name: 'one.png', mimeType: 'image/png', buffer: makePng() });
  await waitFor(() => photosOf(room()).length === 1, { what: 'first photo stored' });
  await picker.setInputFiles({ name: 'two.png', mimeType: 'image/png', buffer: makePng() });
  await waitFor(() => photosOf(room()).length === 2, { what: 'second photo stored' });
  await page.getByRole('img', { name: 'Group photo 2 of the session' }).waitFor();
  // The live preview shows both too.
  const preview = page.frameLocator('iframe.report-preview');
  await waitFor(async () => (await preview.locator('figure img').count()) === 2, { what: 'two photos in the preview' });
  await shot(page, 'rapporteur-several-photos');
  expect(await axeViolations(page)).toEqual([]);

  const [first, second] = photosOf(room());
  await page.getByRole('button', { name: 'Remove photo 1' }).click();
  await waitFor(() => photosOf(room()).length === 1, { what: 'first photo removed' });
  expect(photosOf(room())[0]?.id).toBe(second?.id);
  expect(await server.store.getBlob(s.code, first?.id ?? '')).toBeUndefined();
  await page.getByRole('button', { name: 'Remove photo 2' }).waitFor({ state: 'detached' });
  expect(await page.getByRole('img', { name: /Group photo \d of the session/ }).count()).toBe(1);
  await waitFor(async () => (await preview.locator('figure img').count()) === 1, { what: 'one photo in the preview' });

  const html = await (
    await fetch(`${server.url}/api/sessions/${s.code}/report?format=html`, {
      headers: { authorization: `Bearer ${s.rapporteurKey}` },
    })
  ).text();
  expect(html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(1);
});
