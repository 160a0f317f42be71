// A choice poll from three phones, one of them offline while it votes: every vote arrives once;
// the projector counts who answered but shows no result until the moderator reveals it, then
// bars with counts and percentages; the phones show the result after the reveal.
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../helpers/waitFor.js';
import { axeViolations, shot } from '../browser.js';
import { openProjector } from '../moderator/harness.js';
import type { World } from '../participant/harness.js';
import { joinedPhone, onFloor, pollWorld, reveal, sent } from './pollWorld.js';

let w: World;
afterEach(async () => w?.close());

describe('polls: a choice question', () => {
  it('takes votes from three phones, one offline, once each, and shows them after the reveal', async () => {
    w = await pollWorld();
    const projector = (await openProjector(w)).page;
    const phones = [];
    for (const name of ['Awa Ndiaye', 'Kofi Mensah', 'Léa Martin']) phones.push(await joinedPhone(w, name));
    await onFloor(w, 'vote');
    const [a, b, c] = phones.map((p) => p.page);
    const block = (p: typeof a) => p!.getByTestId('question-vote');
    await block(a).getByRole('radio', { name: 'Jobs' }).waitFor();
    await shot(a!, 'poll-phone-choice-en');
    expect(await axeViolations(a!)).toEqual([]);

    await block(a).getByRole('radio', { name: 'Jobs' }).check();
    await block(a).getByTestId('closed-send').click();
    await sent(a!, 'vote');

    // Kofi votes offline: the vote waits on the phone, then arrives once.
    await phones[1]!.context.setOffline(true);
    await b!.locator('[data-testid="connection"].badge-offline').waitFor();
    await block(b).getByRole('radio', { name: 'Housing' }).check();
    await block(b).getByTestId('closed-send').click();
    await block(b).locator('[data-testid="delivery"][data-state="waiting"]').waitFor();

    await block(c).getByRole('radio', { name: 'Jobs' }).check();
    await block(c).getByTestId('closed-send').click();
    await sent(c!, 'vote');

    // Before the reveal: the projector counts who answered, and shows no result anywhere.
    await waitFor(async () => (await projector.getByTestId('projector-count').innerText()) === '2 of 3 answered', {
      what: 'projector count 2 of 3',
    });
    await projector.getByTestId('results-hidden').waitFor();
    expect(await projector.getByTestId('result-chart').count()).toBe(0);
    expect(await block(a).getByTestId('results').count()).toBe(0);

    await phones[1]!.context.setOffline(false);
    await sent(b!, 'vote');
    await waitFor(async () => (await projector.getByTestId('projector-count').innerText()) === '3 of 3 answered', {
      what: 'projector count 3 of 3',
    });
    const votes = Object.values(w.room().answers).filter((x) => x.questionId === 'vote');
    expect(votes.map((x) => x.choices)).toEqual(expect.arrayContaining([[0], [1], [0]]));
    expect(votes).toHaveLength(3);

    await reveal(w, 'vote');
    await projector.getByTestId('result-chart').waitFor();
    await waitFor(
      async () =>
        JSON.stringify(await projector.getByTestId('bar-value').allInnerTexts()) ===
        JSON.stringify(['2 · 67 %', '1 · 33 %', '0 · 0 %']),
      { what: 'bars 2/1/0' },
    );
    await shot(projector, 'poll-projector-choice-en');
    expect(await axeViolations(projector)).toEqual([]);
    for (const p of [a, b, c]) await block(p).getByTestId('results').waitFor();
    expect(await block(b).getByTestId('results').innerText()).toContain('3 answers');
    await shot(b!, 'poll-phone-choice-result-en');
    // Still three votes: nothing was counted twice.
    expect(Object.values(w.room().answers).filter((x) => x.questionId === 'vote')).toHaveLength(3);
  });
});
