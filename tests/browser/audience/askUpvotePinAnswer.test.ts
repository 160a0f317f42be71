// Issue 4 end to end, every person in a browser: a participant asks the second speaker a question
// from their phone, two others upvote it from theirs, the moderator pins it and records two replies
// from the console (the addressed speaker's, then someone else's); both are on the asker's phone, in
// the archive and in the Word and Markdown reports, in order.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterEach, expect, it } from 'vitest';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';
import { openConsole } from '../moderator/harness.js';
import { joinByLink, participantNamed, phone, startWorld, type World } from '../participant/harness.js';

let w: World;
afterEach(async () => w?.close());

const QUESTION = 'How does the structured dialogue reach rural communes?';
const GIST = 'Through the communal SSE committees & local radio <b>not bold</b>';
const GIST2 = 'Cooperatives pool transport to the weekly markets.';

it('ask, upvote, pin and answer from the browsers; the answer reaches the archive and the reports', async () => {
  w = await startWorld({ ...SAMPLE_DEFINITION, moderation: 'publish' });
  const asker = await phone(w);
  await joinByLink(w, asker.page, 'Aminata Diallo', 'RACTES', 'Senegal');
  const askerId = await participantNamed(w, 'Aminata Diallo');

  const ask = asker.page.getByTestId('ask');
  await ask.getByTestId('ask-to').selectOption('s2');
  await ask.getByRole('textbox').fill(QUESTION);
  await ask.getByTestId('aq-send').click();
  const q = (await waitFor(() => Object.values(w.room().audienceQuestions).find((x) => x.participantId === askerId), {
    what: 'question stored',
  }))!;
  expect(q).toMatchObject({ speakerId: 's2', text: QUESTION, status: 'published' });

  const voterNames = ['Kofi Mensah', 'Honoré Quantchi'];
  for (const name of voterNames) {
    const v = await phone(w);
    await joinByLink(w, v.page, name, 'Coop', 'Togo');
    const item = v.page.getByTestId('room-question').filter({ hasText: QUESTION });
    await item.getByTestId('vote').click();
    await waitFor(() => w.room().audienceQuestions[q.id]!.voters.length === voterNames.indexOf(name) + 1, {
      what: `${name}'s vote`,
    });
  }
  await asker.page.getByTestId('my-question').getByText('2 votes').waitFor();

  const { page: consolePage } = await openConsole(w);
  await consolePage.getByRole('tab', { name: /Audience questions/ }).click();
  await consolePage.getByRole('button', { name: `Pin as next: ${QUESTION}` }).click();
  await waitFor(() => w.room().audienceQuestions[q.id]!.pinned, { what: 'pinned' });
  await consolePage.getByRole('button', { name: `Add a reply: ${QUESTION}` }).click();
  await consolePage.getByLabel('Gist of the answer').fill(GIST);
  await consolePage.getByRole('button', { name: 'Save the reply' }).click();
  await waitFor(() => w.room().audienceQuestions[q.id]!.replies[0]?.gist === GIST, { what: 'reply recorded' });
  expect(w.room().audienceQuestions[q.id]!).toMatchObject({
    status: 'published',
    pinned: false,
    replies: [{ by: 'Malick Diop' }],
  });
  await asker.page.locator('[data-testid="my-question"][data-status="answered"]').waitFor();

  await consolePage.getByRole('button', { name: `Add a reply: ${QUESTION}` }).click();
  await consolePage.getByLabel('Answered by').selectOption({ label: 'Someone else…' });
  await consolePage.getByLabel('Their name').fill('Kofi Mensah');
  await consolePage.getByLabel('Gist of the answer').fill(GIST2);
  await consolePage.getByRole('button', { name: 'Save the reply' }).click();
  await waitFor(() => w.room().audienceQuestions[q.id]!.replies.length === 2, { what: 'second reply recorded' });
  await asker.page.getByTestId('my-question').getByText('Answered by Kofi Mensah').waitFor();

  const auth = { authorization: `Bearer ${w.session.moderatorKey}` };
  const archive = (await (
    await fetch(`${w.server.url}/api/sessions/${w.session.code}/archive`, { headers: auth })
  ).json()) as {
    state: { audienceQuestions: Record<string, { replies: { by: string; gist: string }[]; voters: string[] }> };
  };
  expect(archive.state.audienceQuestions[q.id]!.replies.map((r) => [r.by, r.gist])).toEqual([
    ['Malick Diop', GIST],
    ['Kofi Mensah', GIST2],
  ]);
  expect(archive.state.audienceQuestions[q.id]!.voters).toHaveLength(2);

  const md = await (
    await fetch(`${w.server.url}/api/sessions/${w.session.code}/report?format=md`, { headers: auth })
  ).text();
  expect(md).toContain('How does the structured dialogue reach rural communes?');
  expect(md).toContain('Malick Diop');
  // Participant text is data: the tag is escaped in Markdown, never live markup.
  expect(md).not.toContain('<b>not bold</b>');
  expect(md).toContain('local radio');
  expect(md).toContain(`\n  - Kofi Mensah: ${GIST2}\n`);
  expect(md.indexOf('local radio')).toBeLessThan(md.indexOf(GIST2));

  const [download] = await Promise.all([
    consolePage.waitForEvent('download'),
    consolePage.getByRole('button', { name: 'Word' }).click(),
  ]);
  const xml = await (await JSZip.loadAsync(readFileSync(await download.path())))
    .file('word/document.xml')!
    .async('string');
  expect(xml).toContain(QUESTION);
  expect(xml).toContain('Through the communal SSE committees &amp; local radio &lt;b&gt;not bold&lt;/b&gt;');
  expect(xml).toContain(GIST2);
});
