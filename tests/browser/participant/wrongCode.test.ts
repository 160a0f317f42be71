// A wrong code says so, in the reader's language, whether typed or in the link.
import { afterEach, describe, expect, it } from 'vitest';
import { phone, startWorld, type World } from './harness.js';

let w: World;
afterEach(async () => w?.close());

describe('participant: wrong code', () => {
  it('says no session has this code (typed, in a link, badly formed)', async () => {
    w = await startWorld();
    const { page } = await phone(w);
    await page.goto(`${w.server.url}/join`);
    await page.getByTestId('code-input').fill('zzz-zzz');
    await page.getByTestId('join-submit').click();
    await page.getByTestId('join-error').getByText('No session has this code').waitFor();
    expect(await page.getByTestId('code-input').getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/join');

    await page.getByTestId('code-input').fill('12');
    await page.getByTestId('join-submit').click();
    await page.getByTestId('join-error').getByText('6 letters and digits').waitFor();
    // …and which: the code alphabet of shared/sessionCode.ts.
    await page.getByTestId('join-error').getByText('A to Z without I, L or O, and 2 to 9').waitFor();

    await page.goto(`${w.server.url}/j/ZZZZZZ`);
    await page.getByTestId('join-error').getByText('No session has this code').waitFor();
    expect(await page.getByTestId('code-input').inputValue()).toBe('ZZZZZZ');
  });

  it('says so in French for a French reader', async () => {
    w = await startWorld();
    const { page } = await phone(w, { locale: 'fr-FR' });
    await page.goto(`${w.server.url}/j/ZZZZZZ`);
    await page.getByTestId('join-error').getByText('Aucune session n’a ce code').waitFor();
    // Then the right code, typed by hand, gets in.
    await page.getByTestId('code-input').fill(w.session.code.toLowerCase());
    await page.getByTestId('join-submit').click();
    await page.getByTestId('profile-form').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/j/${w.session.code}`);
  });
});
