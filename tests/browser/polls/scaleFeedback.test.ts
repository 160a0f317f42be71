// End-of-session feedback on a scale of 1 to 5 from three phones, in French, English and Spanish:
// the phone offers the values with their end labels; the projector shows the distribution with
// its mean and median once revealed, and the phones their result.
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../helpers/waitFor.js';
import { axeViolations, shot } from '../browser.js';
import { openProjector } from '../moderator/harness.js';
import { fillProfile, phone, type World } from '../participant/harness.js';
import { onFloor, pollWorld, reveal, sent } from './pollWorld.js';

let w: World;
afterEach(async () => w?.close());

const VOTES = [
  { locale: 'fr-FR', value: '4', send: 'Envoyer', lang: 'fr' },
  { locale: 'en-US', value: '5', send: 'Send', lang: 'en' },
  { locale: 'es-ES', value: '2', send: 'Enviar', lang: 'es' },
];

describe('polls: a scale for feedback', () => {
  it('collects values from 1 to 5 and shows their distribution, mean and median', async () => {
    w = await pollWorld();
    const projector = (await openProjector(w)).page;
    const pages = [];
    for (const [i, v] of VOTES.entries()) {
      const { page } = await phone(w, { locale: v.locale });
      await page.goto(`${w.server.url}/j/${w.session.code}`);
      await fillProfile(page, `Person ${i}`, 'Org', 'Country');
      pages.push(page);
    }
    await onFloor(w, 'feedback');
    for (const [i, page] of pages.entries()) {
      const block = page.getByTestId('question-feedback');
      await block.getByRole('button', { name: VOTES[i]!.value, exact: true }).click();
      expect(await block.getByText('Not at all').count()).toBe(1);
      await shot(page, `poll-phone-scale-${VOTES[i]!.lang}`);
      await block.getByRole('button', { name: VOTES[i]!.send }).click();
      await sent(page, 'feedback');
    }
    expect(await axeViolations(pages[0]!)).toEqual([]);
    await waitFor(async () => (await projector.getByTestId('projector-count').innerText()) === '3 of 3 answered', {
      what: 'three answered',
    });
    await reveal(w, 'feedback');
    await waitFor(async () => (await projector.getByTestId('scale-stats').innerText()) === 'Mean 3.7 · median 4', {
      what: 'mean and median',
    });
    await shot(projector, 'poll-projector-scale-en');
    for (const page of pages) await page.getByTestId('question-feedback').getByTestId('results').waitFor();
    expect(await pages[0]!.getByTestId('question-feedback').getByTestId('results').innerText()).toContain(
      'Moyenne 3,7 · médiane 4',
    );
    await shot(pages[0]!, 'poll-phone-scale-result-fr');
  });
});
