// The phone's page holds one language (built per language): choosing another from the menu reloads
// into that language's page, with the unsent draft still there and unsent, and the choice kept.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { common } from '../../../client/i18n/common.js';
import { participant } from '../../../client/i18n/participant.js';
import { participantJoin } from '../../../client/i18n/participantJoin.js';
import { waitFor } from '../../helpers/waitFor.js';
import { answersOf, joinByLink, participantNamed, phone, putOnFloor, startWorld, type World } from './harness.js';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => w?.close());

it('switches language from the menu and keeps an unsent draft', async () => {
  const { context, page } = await phone(w);
  await joinByLink(w, page);
  const pid = await participantNamed(w, 'Aminata Diallo');
  await putOnFloor(w, 'r1q1');
  const draft = 'Les partenariats ont tenu grâce à la mairie';
  const card = page.getByTestId('question-r1q1');
  await card.locator('textarea').fill(draft);
  await card.getByText(participant.en.draftSaved).waitFor();
  let loads = 0;
  page.on('load', () => loads++);

  await page.getByTestId('menu').click();
  await page.getByRole('combobox', { name: common.en.language }).selectOption('fr');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  const cardFr = page.getByTestId('question-r1q1');
  await cardFr.getByRole('button', { name: participant.fr.send }).waitFor();
  await expect.poll(() => cardFr.locator('textarea').inputValue()).toBe(draft);
  // The French page says so in French, and carries no English interface text.
  await cardFr.getByText(participant.fr.draftSaved).waitFor();
  expect(await page.locator('body').innerText()).not.toContain(participant.en.draftSaved);
  // The server learns the person's language; the draft was not sent.
  await waitFor(() => w.room().participants[pid]?.language === 'fr', { what: 'language on the server' });
  expect(answersOf(w, pid)).toEqual([]);
  expect(loads).toBe(1);

  // A reload later comes back in French (the choice is kept), once.
  await page.reload();
  await page.getByTestId('question-r1q1').getByRole('button', { name: participant.fr.send }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  expect(loads).toBe(2);
  await context.close();
});

it('keeps the profile being typed and the join code across a switch', async () => {
  const { context, page } = await phone(w);
  await page.goto(`${w.server.url}/j/${w.session.code}`);
  await page.getByTestId('profile-name').fill('Lucía Fernández');
  await page.getByTestId('profile-form').getByRole('combobox').selectOption('es');
  await page.getByText(participantJoin.es.profileTitle).waitFor();
  await expect.poll(() => page.getByTestId('profile-name').inputValue()).toBe('Lucía Fernández');

  await page.goto(`${w.server.url}/join`);
  await page.getByText(participantJoin.es.joinTitle).waitFor();
  await page.getByTestId('code-input').fill('ABC-123');
  await page.getByRole('combobox').selectOption('en');
  await page.getByText(participantJoin.en.joinTitle).waitFor();
  expect(await page.getByTestId('code-input').inputValue()).toBe('ABC-123');
  await context.close();
});

it('a choice kept on the device but not known to the server reloads into its page, once', async () => {
  const { context, page } = await phone(w);
  await page.goto(`${w.server.url}/join`);
  await page.evaluate(() => localStorage.setItem('palabre:lang', 'es'));
  await context.clearCookies();
  const opened: string[] = [];
  page.on('request', (r) => r.isNavigationRequest() && opened.push(new URL(r.url()).pathname));
  await page.goto(`${w.server.url}/j/${w.session.code}`);
  await page.getByText(participantJoin.es.profileTitle).waitFor();
  expect(await context.cookies()).toContainEqual(expect.objectContaining({ name: 'palabre_lang', value: 'es' }));
  expect(opened).toEqual([`/j/${w.session.code}`, `/j/${w.session.code}`]);
  await context.close();
});
