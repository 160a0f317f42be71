// The wall on phones: the moderator shows a question's answers on phones from the console; two
// phones give each other's answers a +1 (one from the keyboard), a third participant adds one; the
// counts are right on the phones, the console and the projector, which sorts by +1 when the
// moderator chooses it. The phone with the wall stays axe-clean.
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';
import { axeViolations, shot } from '../browser.js';
import { openConsole, openProjector } from '../moderator/harness.js';
import { joinByLink, participantNamed, phone, putOnFloor, startWorld, type World } from '../participant/harness.js';

let w: World;
afterEach(async () => w?.close());

const answerFrom = async (page: import('playwright-core').Page, text: string) => {
  await page.getByTestId('answer').locator('textarea').fill(text);
  await page.getByTestId('answer-send').click();
  await page.locator('[data-testid="delivery"][data-state="sent"]').waitFor();
};

describe('the wall on phones and +1', () => {
  it('shows the wall on phones, counts +1s from both phones, and sorts the projector by +1', async () => {
    w = await startWorld(SAMPLE_DEFINITION);
    const a = (await phone(w)).page;
    const b = (await phone(w)).page;
    await joinByLink(w, a, 'Awa Ndiaye', 'Enda', 'Senegal');
    await joinByLink(w, b, 'Kofi Mensah', 'Coop Lomé', 'Togo');
    await putOnFloor(w, 'r1q1');
    await answerFrom(a, 'Shared kitchens in every district');
    await answerFrom(b, 'Cooperative banks lend to newcomers');
    expect(await a.getByTestId('phone-wall').count()).toBe(0);

    const console_ = (await openConsole(w)).page;
    const projector = (await openProjector(w)).page;
    await console_.getByRole('tab', { name: 'Answers' }).click();
    await console_.getByTestId('show-wall-r1q1').click();
    await console_.getByTestId('wall-r1q1').getByText('Answers shown on phones').waitFor();

    // Each phone sees the other's answer with a +1 button, and not its own.
    const plusOn = (page: typeof a) => page.getByTestId('phone-wall').getByTestId('plus-one');
    await plusOn(a).waitFor();
    await plusOn(b).waitFor();
    expect(await a.getByTestId('phone-wall').innerText()).toContain('Cooperative banks lend to newcomers');
    expect(await a.getByTestId('phone-wall').innerText()).toContain('Kofi Mensah');
    expect(await a.getByTestId('phone-wall').innerText()).not.toContain('Shared kitchens');
    expect(await plusOn(a).getAttribute('aria-pressed')).toBe('false');

    // Awa from the keyboard, Kofi with a tap; a third participant adds one to Awa's answer.
    await plusOn(a).focus();
    await a.keyboard.press('Enter');
    await plusOn(b).click();
    const awa = await participantNamed(w, 'Awa Ndiaye');
    const awaAnswer = Object.values(w.room().answers).find((x) => x.participantId === awa)!.id;
    const third = await connectClient(w.server.url, w.session.code, 'participant');
    await third.send({
      type: 'profile:set',
      name: 'Léa Martin',
      organization: 'Ville',
      country: 'France',
      language: 'en',
      anonymous: false,
    });
    expect((await third.send({ type: 'answer:plusOne', answerId: awaAnswer, on: true })).ok).toBe(true);

    await waitFor(async () => (await plusOn(b).innerText()).startsWith('+1 · 2'), {
      what: 'Kofi sees 2 on Awa’s answer',
    });
    await waitFor(async () => (await plusOn(a).innerText()).startsWith('+1 · 1'), {
      what: 'Awa sees 1 on Kofi’s answer',
    });
    expect(await plusOn(a).getAttribute('aria-pressed')).toBe('true');
    expect(await b.getByRole('button', { name: /^\+1 · 2\s*, give this answer a \+1$/ }).count()).toBe(1);
    expect(
      Object.values(w.room().plusOnes ?? {})
        .map((x) => x.length)
        .sort(),
    ).toEqual([1, 2]);

    // The console sorts by +1; the projector follows with the counts.
    await console_.getByTestId('sort-plus-r1q1').click();
    const cards = projector.getByTestId('answer-wall').locator('.wall-card');
    await waitFor(
      async () =>
        (await cards.first().innerText()).includes('Shared kitchens') &&
        (await cards.first().innerText()).includes('+1 · 2'),
      { what: 'projector sorted by +1' },
    );
    expect(await cards.nth(1).innerText()).toContain('+1 · 1');
    await waitFor(
      async () => (await console_.locator('[data-answer]').first().innerText()).includes('Shared kitchens'),
      {
        what: 'console sorted by +1',
      },
    );

    const full = await shot(b, 'wall-phone-plus-one-en');
    // As the phone shows it, 360×640, with the wall in view.
    await b.getByTestId('phone-wall').scrollIntoViewIfNeeded();
    await b.screenshot({ path: full.replace(/\.png$/, '-360x640.png') });
    await shot(projector, 'wall-projector-sorted-en');
    await shot(console_, 'wall-console-sorted-en');
    expect(await axeViolations(b)).toEqual([]);
  });
});
