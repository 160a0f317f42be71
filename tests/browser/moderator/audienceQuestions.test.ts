// Audience questions on the console (issue 4), approve-first: a question to the second speaker is
// approved, upvoted by two others, a duplicate merged into it (its voters once each), another hidden;
// in the audience step the projector shows the top questions, then the pinned one; the moderator
// records two replies (who answered and the gist of each), edits one, removes a third; both are in
// the archive and the downloaded report, in order. A reply on the hidden question leaves it hidden.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { shot } from '../browser.js';
import { joinParticipants, must, openConsole, openProjector, startWorld, textOf, poll, type World } from './harness.js';

let w: World;
beforeAll(async () => {
  w = await startWorld({ ...SAMPLE_DEFINITION, moderation: 'approve' });
});
afterAll(async () => {
  await w?.close();
});

const Q = 'How did RACTES fund the structured dialogue?';
const DUP = 'Who paid for the dialogue in Senegal?';
const OTHER = 'Is there a rural version?';
const GIST = 'Three years of funding from the region, then a shared fund with the municipalities.';

describe('moderator console: audience questions', () => {
  it('approves, merges, hides, pins and records two replies', async () => {
    const people = await joinParticipants(w, [
      { name: 'Aïcha Diallo', organization: 'RACTES', country: 'Senegal' },
      { name: 'Kofi Mensah', organization: 'Coop Lomé', country: 'Togo' },
      { name: 'Léa Martin', organization: 'Ville de Bordeaux', country: 'France' },
      { name: 'Youssef Ben Ali', organization: 'Tunis ESS', country: 'Tunisia' },
    ]);
    const [asker, v1, v2, dupAsker] = people as [
      (typeof people)[0],
      (typeof people)[0],
      (typeof people)[0],
      (typeof people)[0],
    ];
    const { page } = await openConsole(w);
    const proj = (await openProjector(w)).page;

    await must(asker, { type: 'aq:ask', questionId: 'aq-main', speakerId: 's2', text: Q });
    // Pending: on the console only.
    await poll(() => page.getByRole('tab', { name: 'Audience questions (1 to approve)' }).count()).toBe(1);
    await page.getByRole('tab', { name: /Audience questions/ }).click();
    await page.getByRole('button', { name: `Approve: ${Q}` }).click();
    await poll(() => w.room().audienceQuestions['aq-main']?.status).toBe('published');

    await must(v1, { type: 'aq:vote', questionId: 'aq-main', up: true });
    await must(v2, { type: 'aq:vote', questionId: 'aq-main', up: true });
    await poll(() => textOf(page, '[data-aq="aq-main"] [data-testid="aq-votes"]')).toBe('2 votes');

    // A duplicate, merged into the first: its asker counts as a voter, every voter once.
    await must(dupAsker, { type: 'aq:ask', questionId: 'aq-dup', speakerId: 's2', text: DUP });
    await must(v1, { type: 'aq:ask', questionId: 'aq-other', speakerId: null, text: OTHER });
    await page.locator('[data-aq="aq-dup"]').waitFor();
    await page.getByRole('button', { name: `Merge: ${DUP}` }).click();
    await page.getByLabel('Merge this question into').selectOption('aq-main');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await poll(() => w.room().audienceQuestions['aq-dup']?.status).toBe('merged');
    expect([...w.room().audienceQuestions['aq-main']!.voters].sort()).toEqual(
      [v1.participantId, v2.participantId, dupAsker.participantId].sort(),
    );
    await poll(() => textOf(page, '[data-aq="aq-main"] [data-testid="aq-votes"]')).toBe('3 votes');

    // The other one: approved, then hidden.
    await page.getByRole('button', { name: `Approve: ${OTHER}` }).click();
    await poll(() => w.room().audienceQuestions['aq-other']?.status).toBe('published');
    // Sorted by votes, then by time.
    // (Polled: the console gets the approval an instant after the server has it.)
    await poll(() => page.locator('.aq-groups .aq .aq-text').first().textContent()).toBe(Q);
    await page.getByRole('radio', { name: 'Newest' }).check();
    await poll(() => page.locator('.aq-groups .aq .aq-text').first().textContent()).toBe(OTHER);
    await page.getByRole('radio', { name: 'Votes' }).check();
    await page.getByRole('button', { name: `Hide: ${OTHER}` }).click();
    await poll(() => w.room().audienceQuestions['aq-other']?.status).toBe('hidden');

    // The audience step: the projector lists the top questions (never a hidden one).
    await page.locator('[data-step="audience"]').click();
    await poll(() => w.room().phase.kind).toBe('audience');
    await poll(() => proj.locator('.top-item').count()).toBe(1);
    expect(await textOf(proj, '.top-item .top-text')).toBe(Q);
    expect(await textOf(proj, '.top-item .top-votes')).toBe('3 votes');
    expect(await proj.getByText(OTHER).count()).toBe(0);
    expect(await proj.getByText(DUP).count()).toBe(0);

    // Pinned: the next question to put to the speaker, large on the projector.
    await page.getByRole('button', { name: `Pin as next: ${Q}` }).click();
    await poll(() => w.room().audienceQuestions['aq-main']?.pinned).toBe(true);
    await poll(() => textOf(proj, '[data-testid="projector-pinned"] .pinned-text')).toBe(Q);
    expect(await textOf(proj, '.pinned-label')).toContain('To Malick Diop');
    await shot(proj, 'projector-audience-1920');
    await shot(page, 'moderator-audience-1366');

    // A first reply: who (the addressed speaker is proposed) and the gist.
    const item = page.locator('[data-aq="aq-main"]');
    const replies = () => w.room().audienceQuestions['aq-main']?.replies.map((r) => [r.by, r.gist]);
    await page.getByRole('button', { name: `Add a reply: ${Q}` }).click();
    expect(await page.getByLabel('Answered by').inputValue()).toBe('s2');
    await page.getByLabel('Gist of the answer').fill('First draft');
    await page.getByRole('button', { name: 'Save the reply' }).click();
    await poll(replies).toEqual([['Malick Diop', 'First draft']]);
    // The first reply moves the question to "Answered" (a new item): the focus follows it.
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Add a reply: ${Q}`);
    await poll(() => proj.locator('[data-testid="projector-pinned"]').count()).toBe(0);

    // Edited in place.
    await item.getByRole('button', { name: 'Edit the reply from Malick Diop' }).click();
    await page.getByLabel('Gist of the answer').fill(GIST);
    await page.getByRole('button', { name: 'Save the reply' }).click();
    await poll(replies).toEqual([['Malick Diop', GIST]]);
    expect(w.room().audienceQuestions['aq-main']!.status).toBe('published');

    // A second reply, from someone else by name; then a third, removed.
    for (const [name, gist] of [
      ['Fatou Sarr', 'And the diaspora chipped in.'],
      ['Oops', 'Recorded by mistake'],
    ]) {
      await page.getByRole('button', { name: `Add a reply: ${Q}` }).click();
      await page.getByLabel('Answered by').selectOption({ label: 'Someone else…' });
      await page.getByLabel('Their name').fill(name!);
      await page.getByLabel('Gist of the answer').fill(gist!);
      await page.getByRole('button', { name: 'Save the reply' }).click();
      await poll(() => replies()?.length).toBe(name === 'Oops' ? 3 : 2);
    }
    // Saved, the form closes and the focus is back on the button that opened it.
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Add a reply: ${Q}`);
    await item.getByRole('button', { name: 'Remove the reply from Oops' }).click();
    await item.getByRole('button', { name: 'Yes, remove' }).click();
    await poll(replies).toEqual([
      ['Malick Diop', GIST],
      ['Fatou Sarr', 'And the diaspora chipped in.'],
    ]);
    await poll(() => item.locator('.aq-reply').count()).toBe(2);
    expect(await textOf(page, '[data-aq="aq-main"] .aq-meta .pill')).toBe('Answered');

    // A reply to the hidden question (from the server, as the rapporteur might) keeps it hidden.
    const rapporteur = await connectClient(w.server.url, w.session.code, 'rapporteur', {
      key: w.session.rapporteurKey,
    });
    await must(rapporteur, {
      type: 'aq:answer',
      questionId: 'aq-other',
      replyId: 'r-other',
      by: '',
      gist: 'Not for this session',
    });
    await poll(() => w.room().audienceQuestions['aq-other']?.replies.length).toBe(1);
    expect(w.room().audienceQuestions['aq-other']!.status).toBe('hidden');
    expect(await proj.getByText(OTHER).count()).toBe(0);
    // The console offers replies to a hidden question too, as the server accepts them (shared/rules.ts);
    // never to a merged one. Both are in the set-aside list.
    await page.locator('.aq-set-aside summary').click();
    await poll(() => page.getByRole('button', { name: `Add a reply: ${OTHER}` }).count()).toBe(1);
    expect(await page.getByRole('button', { name: `Add a reply: ${DUP}` }).count()).toBe(0);

    // In the archive, and in the report downloaded from the console with the moderator's key.
    const archive = await fetch(`${w.server.url}/api/sessions/${w.session.code}/archive`, {
      headers: { authorization: `Bearer ${w.session.moderatorKey}` },
    });
    expect(archive.status).toBe(200);
    expect(await archive.text()).toContain(GIST);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Markdown' }).click(),
    ]);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    expect(md).toContain(Q);
    expect(md).toContain(`  - **Answer**: Malick Diop: ${GIST}\n  - Fatou Sarr: And the diaspora chipped in.\n`);
    expect(md).not.toContain('Recorded by mistake');
    expect(md).not.toContain(OTHER);
  });
});
