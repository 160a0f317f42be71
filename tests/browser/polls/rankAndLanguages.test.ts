// A ranking from a Spanish phone with the keyboard's up/down buttons, shown by average position on a
// projector that follows the session's language (English) even in a French browser; and every kind's form on a 360×640 phone in French, English and Spanish
// (screenshots to look at), each with no serious axe violation.
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../helpers/waitFor.js';
import { axeViolations, shot } from '../browser.js';
import { openProjector } from '../moderator/harness.js';
import { fillProfile, phone, type World } from '../participant/harness.js';
import { onFloor, pollWorld, reveal, sent } from './pollWorld.js';

let w: World;
afterEach(async () => w?.close());

describe('polls: a ranking, and every kind in three languages', () => {
  it('orders options with the arrow buttons and shows the average positions', async () => {
    w = await pollWorld();
    const projector = (await openProjector(w, { locale: 'fr-FR' })).page;
    const phones = [];
    for (const locale of ['es-ES', 'fr-FR', 'en-US']) {
      const { page } = await phone(w, { locale });
      await page.goto(`${w.server.url}/j/${w.session.code}`);
      await fillProfile(page, `Person ${locale}`, 'Org', 'Country');
      phones.push({ page, lang: locale.slice(0, 2) });
    }
    // Each kind's form, in each language.
    for (const q of ['vote', 'cloud', 'feedback', 'order']) {
      await onFloor(w, q);
      for (const { page, lang } of phones) {
        await page.getByTestId(`question-${q}`).getByTestId('closed-form').waitFor();
        await shot(page, `poll-phone-${q}-${lang}`);
      }
    }
    const es = phones[0]!.page;
    expect(await axeViolations(es)).toEqual([]);
    const block = es.getByTestId('question-order');
    // Training first, then Finance, then Law: move "Training" up twice with the keyboard.
    const up = block.getByRole('button', { name: 'Subir Training' });
    await up.focus();
    await es.keyboard.press('Enter');
    await block.getByRole('button', { name: 'Subir Training' }).focus();
    await es.keyboard.press('Enter');
    expect(await block.locator('ol.rank bdi').allInnerTexts()).toEqual(['Training', 'Finance', 'Law']);
    await block.getByRole('button', { name: 'Enviar' }).click();
    await sent(es, 'order');
    const mine = Object.values(w.room().answers).find((a) => a.questionId === 'order');
    expect(mine?.order).toEqual([2, 0, 1]);

    await reveal(w, 'order');
    const chart = projector.getByTestId('result-chart');
    await chart.waitFor();
    await waitFor(async () => (await chart.locator('li bdi').allInnerTexts()).join() === 'Training,Finance,Law', {
      what: 'rank order on the projector',
    });
    expect(await chart.innerText()).toContain('Average position 1');
    await shot(projector, 'poll-projector-rank-en');
    expect(await axeViolations(projector)).toEqual([]);
  });
});
