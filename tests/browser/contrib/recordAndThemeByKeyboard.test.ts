// The rapporteur records a panellist's spoken answer on their behalf, then sorts answers into a
// theme from the keyboard alone (focus an answer, press the theme's number), picks a key message,
// and the report by theme shows the counts. Screenshots at 1280×720 and 1920×1080; axe stays clean.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION, type TestServer } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';
import { axeViolations, launchBrowser, newPage, shot, startAppServer } from '../browser.js';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  closeAllClients();
  await browser?.close();
  await server?.close();
});

it('records a contribution and assigns answers to a theme from the keyboard', async () => {
  const s = await server.createSession(SAMPLE_DEFINITION);
  const room = () => server.app.registry.get(s.code)!.state;
  const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
  await mod.send({ type: 'answering:open', questionIds: ['main'] });
  const texts = [
    'Public funding for cooperatives that lasts several years',
    'Cooperatives need public procurement open to them',
    'Train local officials in the social economy',
  ];
  for (const [i, text] of texts.entries()) {
    const p = await connectClient(server.url, s.code, 'participant');
    expect((await p.send({ type: 'answer:submit', answerId: `a${i}`, questionId: 'main', text })).ok).toBe(true);
  }
  const p = await connectClient(server.url, s.code, 'participant', { language: 'es' });
  await p.send({
    type: 'answer:submit',
    answerId: 'a-es',
    questionId: 'main',
    text: 'Hay que apoyar a las cooperativas locales con financiación pública.',
  });

  const { page } = await newPage(browser, { viewport: { width: 1280, height: 720 } });
  await page.goto(s.links.rapporteur.replace(/^http:\/\/[^/]+/, server.url));

  // Record Ben's spoken answer.
  await page.getByRole('tab', { name: 'Record' }).click();
  await page.getByLabel('What they said').fill('Start from local strengths: political will, money and a good idea.');
  await page.getByLabel('Record').getByRole('button', { name: 'Record' }).click();
  // Nothing named: refused with a clear message, the draft kept.
  await page.getByRole('alert').filter({ hasText: 'Say who said it' }).waitFor();
  await page.getByLabel('Name').fill('Ben Zeghadi');
  await page.getByLabel('Organization').fill('CRESS Mayotte');
  await page.getByLabel('Country').fill('France');
  await page.getByLabel('Where it came from').selectOption('room');
  await page.getByLabel('Record').getByRole('button', { name: 'Record' }).click();
  await page.getByRole('status').filter({ hasText: 'Recorded.' }).waitFor();
  await waitFor(() => Object.values(room().answers).find((a) => a.by?.name === 'Ben Zeghadi'), {
    what: 'recorded answer stored',
  });
  const recorded = Object.values(room().answers).find((a) => a.by?.name === 'Ben Zeghadi')!;
  expect(recorded).toMatchObject({
    questionId: 'main',
    text: 'Start from local strengths: political will, money and a good idea.',
    by: { organization: 'CRESS Mayotte', country: 'France', channel: 'room', recordedBy: 'rapporteur' },
  });

  // Synthesis: a theme, then answers put in it from the keyboard.
  await page.getByRole('tab', { name: 'Synthesis' }).click();
  await page.getByText('No translation server is set').waitFor();
  await page.getByLabel('New theme').fill('Funding');
  await page.getByLabel('New theme').press('Enter');
  await waitFor(() => Object.values(room().themes ?? {}).length === 1, { what: 'theme created' });
  const themeId = Object.values(room().themes!)[0]!.id;

  const item = (text: string) => page.getByRole('listitem').filter({ hasText: text }).first();
  await item(texts[0]!).focus();
  await page.keyboard.press('1');
  await waitFor(() => room().answers.a0?.themeId === themeId, { what: 'a0 in the theme' });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('1');
  await page.keyboard.press('k');
  await waitFor(() => room().answers.a1?.themeId === themeId && room().answers.a1?.keyMessage, {
    what: 'a1 in the theme and a key message',
  });
  await page.getByRole('status').filter({ hasText: 'Put in Funding.' }).waitFor();
  expect(room().answers.a2?.themeId ?? null).toBeNull();

  // The language filter: the Spanish answer alone.
  await page.getByRole('tabpanel').getByLabel('Language', { exact: true }).selectOption('es');
  await page.getByText('1 answer shown').waitFor();
  await page.getByRole('tabpanel').getByLabel('Language', { exact: true }).selectOption('');

  // The report by theme.
  await page.getByLabel('By theme, with counts').check();
  await waitFor(() => room().reportOrder === 'theme', { what: 'report order by theme' });

  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'rapporteur-synthesis-1280x720');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, 'rapporteur-synthesis-1920x1080');
  await page.getByRole('tab', { name: 'Record' }).click();
  await shot(page, 'rapporteur-record-1920x1080');
}, 60_000);

it('the moderator records a remark from the floor from the keyboard, in the console', async () => {
  const s = await server.createSession(SAMPLE_DEFINITION);
  const room = () => server.app.registry.get(s.code)!.state;
  const { page } = await newPage(browser, { viewport: { width: 1280, height: 720 } });
  await page.goto(s.links.moderator.replace(/^http:\/\/[^/]+/, server.url));
  await page.getByRole('tab', { name: /Audience/ }).click();
  const summary = page.getByText('Record a contribution', { exact: true });
  await summary.focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Record a contribution' });
  await form.getByLabel('A remark from the audience').check();
  await form.getByLabel('What they said').fill('ESS au Togo : forte monopolisation par l’État, beaucoup d’informel');
  await form.getByLabel('A member of the public').focus();
  await page.keyboard.press('Space');
  await form.getByLabel('Where it came from').selectOption('chat');
  await form.getByLabel('What they said').focus();
  await page.keyboard.press('Tab');
  await form.getByRole('button', { name: 'Record' }).focus();
  await page.keyboard.press('Enter');
  await waitFor(() => Object.values(room().audienceQuestions).find((q) => q.kind === 'remark'), {
    what: 'remark recorded',
  });
  expect(Object.values(room().audienceQuestions)[0]).toMatchObject({
    kind: 'remark',
    by: { public: true, channel: 'chat', recordedBy: 'moderator' },
  });
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, 'console-record-remark-1280x720');
}, 30_000);
