// With a translation server set (a real Apertium APy started here), the rapporteur's view names it,
// asks for a Spanish answer's translation into the session's French, lets the rapporteur edit it,
// and accepting it makes it the answer's corrected text marked as translated.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translatorFrom } from '../../../server/translate/fromEnv.js';
import { skipApy, startApy, type Apy } from '../../helpers/apertium.js';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';
import { axeViolations, launchBrowser, newPage, shot, startAppServer } from '../browser.js';

const SPANISH = 'Hay que apoyar a las cooperativas locales con financiación pública.';

describe.skipIf(skipApy('translation in the rapporteur view'))('translation in the rapporteur view', () => {
  let apy: Apy;
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    apy = await startApy();
    server = await startAppServer({ translator: translatorFrom({ url: apy.url, api: 'apertium' }) });
    browser = await launchBrowser();
  }, 40_000);
  afterAll(async () => {
    closeAllClients();
    await browser?.close();
    await server?.close();
    await apy?.stop();
  });

  it('asks, edits and accepts a translation', async () => {
    const s = await server.createSession({ ...SAMPLE_DEFINITION, language: 'fr' });
    const room = () => server.app.registry.get(s.code)!.state;
    const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
    await mod.send({ type: 'answering:open', questionIds: ['main'] });
    const p = await connectClient(server.url, s.code, 'participant', { language: 'es' });
    await p.send({ type: 'answer:submit', answerId: 'a-es', questionId: 'main', text: SPANISH });

    const { page } = await newPage(browser, { viewport: { width: 1280, height: 720 } });
    await page.goto(s.links.rapporteur.replace(/^http:\/\/[^/]+/, server.url));
    await page.getByRole('tab', { name: 'Synthesis' }).click();
    await page.getByText(`Translation server: ${new URL(apy.url).origin}`).waitFor();
    await page.getByRole('button', { name: 'Translate into French' }).click();
    const proposal = page.getByLabel('Proposed translation (edit it before accepting)');
    await waitFor(async () => /coopératives/.test(await proposal.inputValue()), { what: 'translation proposed' });
    // Nothing changes before it is accepted.
    expect(room().answers['a-es']!.correctedText).toBeNull();
    const edited = `${(await proposal.inputValue()).trim()} (relu)`;
    await proposal.fill(edited);
    await page.getByRole('button', { name: 'Accept the translation' }).click();
    await waitFor(() => room().answers['a-es']?.correctedText === edited, { what: 'translation accepted' });
    expect(room().answers['a-es']).toMatchObject({ text: SPANISH, translatedFrom: 'es' });
    await page.getByText('Translated from Spanish').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'rapporteur-translation-1280x720');
  }, 40_000);
});
