// What the phone asks before entering follows the session's identity mode, and the profile can be
// changed later from the menu.
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';
import { fillProfile, participantNamed, phone, startWorld, type World } from './harness.js';

let w: World;
afterEach(async () => w?.close());

const onlyParticipant = (w: World) => Object.values(w.room().participants)[0];

describe('participant: profile', () => {
  it('named: all three fields are required; the profile is editable from the menu', async () => {
    w = await startWorld({ ...SAMPLE_DEFINITION, identity: 'named' });
    const { page } = await phone(w);
    await page.goto(`${w.server.url}/j/${w.session.code}`);
    await page.getByTestId('profile-form').waitFor();
    expect(await page.getByTestId('anonymous').count()).toBe(0);
    await page.getByTestId('profile-name').fill('Ana Souza');
    await page.getByTestId('profile-submit').click();
    await page.getByText('Enter your organization.').waitFor();
    await page.getByText('Enter your country.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('profile-organization');
    expect(await page.getByTestId('now').count()).toBe(0);
    await fillProfile(page, 'Ana Souza', 'Cooperativa Sol', 'Brazil');
    const pid = await participantNamed(w, 'Ana Souza');
    expect(w.room().participants[pid]).toMatchObject({
      organization: 'Cooperativa Sol',
      country: 'Brazil',
      anonymous: false,
    });

    await page.getByTestId('menu').click();
    await page.getByTestId('who').getByText('Ana Souza · Cooperativa Sol · Brazil').waitFor();
    await page.getByTestId('edit-profile').click();
    await page.getByTestId('profile-organization').fill('Rede Sol');
    await page.getByTestId('profile-submit').click();
    await waitFor(() => w.room().participants[pid]?.organization === 'Rede Sol', { what: 'profile updated' });
    await page.getByTestId('now').waitFor();
  });

  it('optional: may stay anonymous', async () => {
    w = await startWorld({ ...SAMPLE_DEFINITION, identity: 'optional' });
    const { page } = await phone(w);
    await page.goto(`${w.server.url}/j/${w.session.code}`);
    await page.getByTestId('anonymous').check();
    expect(await page.getByTestId('profile-name').count()).toBe(0);
    await page.getByTestId('profile-submit').click();
    await page.getByTestId('now').waitFor();
    await waitFor(() => onlyParticipant(w), { what: 'joined' });
    expect(onlyParticipant(w)).toMatchObject({ name: '', anonymous: true });
  });

  it('anonymous: no name is asked, and the language chosen there is kept', async () => {
    w = await startWorld({ ...SAMPLE_DEFINITION, identity: 'anonymous' });
    const { page } = await phone(w);
    await page.goto(`${w.server.url}/j/${w.session.code}`);
    await page.getByTestId('profile-form').waitFor();
    expect(await page.getByTestId('profile-name').count()).toBe(0);
    await page.getByTestId('profile-form').getByRole('combobox').selectOption('es');
    // The Spanish page replaces this one (each language has its own page).
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    await page.getByTestId('profile-submit').click();
    await page.getByTestId('now').getByText('Esperando el inicio').waitFor();
    await waitFor(() => onlyParticipant(w)?.language === 'es', { what: 'language on the server' });
    expect(onlyParticipant(w)).toMatchObject({ name: '', anonymous: true });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
  });
});
