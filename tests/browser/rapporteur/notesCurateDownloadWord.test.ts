// The rapporteur takes notes during a session, curates the answers, records two replies to an
// audience question (and removes a third), and downloads the Word file from the view; the file
// holds the notes, only the answers kept, and both replies.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeAllClients, connectClient } from '../../helpers/clients.js';
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
  closeAllClients();
  await browser?.close();
  await server?.close();
});

it('notes, curation and the Word download from the rapporteur view', async () => {
  const s = await server.createSession(SAMPLE_DEFINITION);
  const room = () => server.app.registry.get(s.code)!.state;
  const mod = await connectClient(server.url, s.code, 'moderator', { key: s.moderatorKey });
  expect((await mod.send({ type: 'turn:start', speakerId: 's1' })).ok).toBe(true);

  const { page } = await newPage(browser, LAPTOP);
  await page.goto(s.links.rapporteur.replace(/^http:\/\/[^/]+/, server.url));
  const notes = page.getByLabel('Key points: Ben Amar Zeghadi', { exact: true });
  await notes.fill('Hub of SSE in Mayotte\nCluster with Aruba and Greenland');
  await waitFor(() => room().notes.s1?.text === 'Hub of SSE in Mayotte\nCluster with Aruba and Greenland', {
    what: 'notes saved',
  });
  expect(room().notes.s1?.by).toBe('rapporteur');

  expect((await mod.send({ type: 'phase:set', phase: { kind: 'question', questionId: 'r1q1' } })).ok).toBe(true);
  const p1 = await connectClient(server.url, s.code, 'participant');
  const p2 = await connectClient(server.url, s.code, 'participant');
  await p1.send({
    type: 'profile:set',
    name: 'Maud Cahurel',
    organization: 'Nouvelle Aquitaine',
    country: 'France',
    language: 'fr',
    anonymous: false,
  });
  await p2.send({
    type: 'profile:set',
    name: 'Spam Bot',
    organization: 'Nowhere',
    country: 'None',
    language: 'en',
    anonymous: false,
  });
  expect(
    (
      await p1.send({
        type: 'answer:submit',
        answerId: 'ans-keep-1',
        questionId: 'r1q1',
        text: 'Support projects that build social ties',
      })
    ).ok,
  ).toBe(true);
  expect(
    (
      await p2.send({
        type: 'answer:submit',
        answerId: 'ans-drop-1',
        questionId: 'r1q1',
        text: 'Off-topic advertisement',
      })
    ).ok,
  ).toBe(true);

  await page.getByRole('tab', { name: 'Curation' }).click();
  const dropItem = page.locator('li.curate-item', { hasText: 'Off-topic advertisement' });
  await dropItem.getByLabel('In the report').uncheck();
  const keepItem = page.locator('li.curate-item', { hasText: 'Support projects that build social ties' });
  await keepItem.getByLabel('Highlight').check();
  await waitFor(
    () => room().answers['ans-drop-1']?.included === false && room().answers['ans-keep-1']?.highlight === true,
    { what: 'curation saved' },
  );
  // The archive keeps the excluded answer: curation never deletes.
  expect(room().answers['ans-drop-1']?.text).toBe('Off-topic advertisement');

  // An audience question answered by two speakers in turn, recorded from the curation tab.
  expect((await mod.send({ type: 'phase:set', phase: { kind: 'audience' } })).ok).toBe(true);
  const AQ = 'How do you bring the different cultures together?';
  expect((await p1.send({ type: 'aq:ask', questionId: 'aq-cult', speakerId: 's1', text: AQ })).ok).toBe(true);
  await waitFor(() => room().audienceQuestions['aq-cult']?.status === 'published', { what: 'question published' });
  const aqItem = page.locator('[data-aq-replies="aq-cult"]');
  const replies = () => room().audienceQuestions['aq-cult']?.replies.map((r) => [r.by, r.gist]);
  const addReply = async (who: { speaker: string } | { other: string }, gist: string) => {
    await aqItem.getByRole('button', { name: `Add a reply: ${AQ}` }).click();
    if ('speaker' in who) await aqItem.getByLabel('Answered by').selectOption({ label: who.speaker });
    else {
      await aqItem.getByLabel('Answered by').selectOption({ label: 'Someone else…' });
      await aqItem.getByLabel('Their name').fill(who.other);
    }
    await aqItem.getByLabel('Gist of the answer').fill(gist);
    await aqItem.getByRole('button', { name: 'Save the reply' }).click();
  };
  await addReply({ speaker: 'Ben Amar Zeghadi' }, 'A shared Swahili space');
  await waitFor(() => replies()?.length === 1, { what: 'first reply' });
  await addReply({ other: 'Test entry' }, 'typed by mistake');
  await waitFor(() => replies()?.length === 2, { what: 'mistaken reply' });
  await addReply({ speaker: 'Malick Diop' }, 'SSE brings people together');
  await waitFor(() => replies()?.length === 3, { what: 'second speaker reply' });
  await aqItem.getByRole('button', { name: 'Remove the reply from Test entry' }).click();
  await aqItem.getByRole('button', { name: 'Yes, remove' }).click();
  await aqItem.getByRole('button', { name: 'Edit the reply from Ben Amar Zeghadi' }).click();
  await aqItem.getByLabel('Gist of the answer').fill('A shared Swahili space, before SSE');
  await aqItem.getByRole('button', { name: 'Save the reply' }).click();
  await waitFor(
    () =>
      JSON.stringify(replies()) ===
      JSON.stringify([
        ['Ben Amar Zeghadi', 'A shared Swahili space, before SSE'],
        ['Malick Diop', 'SSE brings people together'],
      ]),
    { what: 'replies edited and removed' },
  );
  expect(await aqItem.locator('.aq-reply').count()).toBe(2);

  await page.getByRole('tab', { name: 'Conclusion' }).click();
  await page.getByLabel('Moderator’s conclusion').fill('Partnerships start from local strengths.');
  await waitFor(() => room().conclusion === 'Partnerships start from local strengths.', { what: 'conclusion saved' });

  await shot(page, 'rapporteur-laptop');
  expect(await axeViolations(page)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Word' }).click(),
  ]);
  const file = await download.path();
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('Hub of SSE in Mayotte');
  expect(xml).toContain('Support projects that build social ties');
  expect(xml).toContain('Partnerships start from local strengths.');
  expect(xml).not.toContain('Off-topic advertisement');
  expect(xml).toContain('A shared Swahili space, before SSE');
  expect(xml).toContain('SSE brings people together');
  expect(xml.indexOf('A shared Swahili space')).toBeLessThan(xml.indexOf('SSE brings people together'));
  expect(xml).not.toContain('typed by mistake');
});
