// The moderator asks a quick choice question during the session: Q opens the form, Enter asks it;
// it is on the floor and open at once, a phone votes, and the console shows its kind, the
// response rate, the live tally and the reveal control.
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../helpers/waitFor.js';
import { axeViolations, shot } from '../browser.js';
import { openConsole } from '../moderator/harness.js';
import type { World } from '../participant/harness.js';
import { joinedPhone, pollWorld, sent } from './pollWorld.js';

let w: World;
afterEach(async () => w?.close());

describe('polls: a quick question from the console', () => {
  it('is asked with Q and Enter, answered on a phone, tallied and revealed from the console', async () => {
    w = await pollWorld();
    const { page: phone } = await joinedPhone(w, 'Awa Ndiaye');
    const { page: mod } = await openConsole(w);
    await mod.keyboard.press('q');
    const form = mod.getByTestId('quick-question');
    await form.getByLabel('Kind').selectOption('choice');
    await form.getByLabel('Options, one per line').fill('Yes\nNo\nNot sure');
    await form.getByLabel('Question').fill('Shall we keep this format?');
    expect(await axeViolations(mod)).toEqual([]);
    await form.getByLabel('Question').press('Enter');
    await form.waitFor({ state: 'detached' });

    const q = await waitFor(() => w.room().definition.rounds.find((r) => r.id === 'quick')?.questions[0], {
      what: 'the quick question',
    });
    expect(q).toMatchObject({ text: 'Shall we keep this format?', kind: 'choice', options: ['Yes', 'No', 'Not sure'] });
    expect(w.room().phase).toEqual({ kind: 'question', questionId: q!.id });
    expect(w.room().openQuestions).toContain(q!.id);

    const block = phone.getByTestId(`question-${q!.id}`);
    await block.getByRole('radio', { name: 'Yes' }).check();
    await block.getByTestId('closed-send').click();
    await sent(phone, q!.id);

    await mod.getByRole('tab', { name: /Answers/ }).click();
    await waitFor(async () => (await mod.getByTestId(`rate-${q!.id}`).innerText()).includes('1 of 1 answered'), {
      what: 'console response rate',
    });
    await mod.getByTestId('result-chart').waitFor();
    await mod.getByTestId(`reveal-${q!.id}`).click();
    await waitFor(() => w.room().revealed?.[q!.id] === true, { what: 'revealed' });
    await block.getByTestId('results').waitFor();
    await shot(mod, 'poll-console-quick-en');
    expect(await axeViolations(mod)).toEqual([]);
  });
});
