// The setup editor edits a question's kind and its fields: a free-text question becomes a choice
// with options, the main question a scale; saved, the session's definition carries them.
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../helpers/waitFor.js';
import { axeViolations, LAPTOP, newPage, shot } from '../browser.js';
import { startSessionWorld, type SessionWorld } from '../sessionHarness.js';

let w: SessionWorld;
afterEach(async () => w?.close());

describe('polls: the setup editor edits question kinds', () => {
  it('turns a question into a choice and the main question into a scale', async () => {
    w = await startSessionWorld();
    const { page } = await newPage(w.browser, LAPTOP);
    await page.goto(w.session.links.moderator);
    await page.getByRole('tab', { name: 'Setup' }).click();
    const q1 = page.getByRole('group', { name: 'Round 1, Question 1' });
    await q1.getByLabel('Kind of answer').selectOption('choice');
    await q1.getByLabel('Options, one per line').fill('Housing\nEnergy\nFood');
    await q1.getByLabel('Options, one per line').blur();
    await q1.getByLabel('Several options may be chosen').check();
    const main = page.getByRole('group', { name: 'Main question' });
    await main.getByLabel('Kind of answer').selectOption('scale');
    await main.getByLabel('Label of the highest value').fill('Fully');
    await main.getByLabel('Label of the highest value').blur();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'poll-setup-kinds-en');
    await page.locator('.se-save').click();
    await waitFor(() => w.room().definition.rounds[0]!.questions[0]!.kind === 'choice', { what: 'saved kind' });
    expect(w.room().definition.rounds[0]!.questions[0]).toMatchObject({
      kind: 'choice',
      options: ['Housing', 'Energy', 'Food'],
      multiple: true,
    });
    expect(w.room().definition.mainQuestionKind).toMatchObject({ kind: 'scale', min: 1, max: 5, maxLabel: 'Fully' });
  });
});
