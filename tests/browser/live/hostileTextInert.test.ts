// INJECTION in the views: script, HTML, Markdown and formula payloads in the session's own texts
// (title, speakers, questions) and in what people type (names, answers, audience questions) show
// as the characters typed on every screen (moderator, projector, rapporteur and its report
// preview, the participant's phone): nothing runs, no element is made from them, no link appears.
import type { Frame, Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { LAPTOP, PHONE, newPage, shot } from '../browser.js';
import { joinParticipants, must } from '../moderator/harness.js';
import { startSessionWorld, type SessionWorld } from '../sessionHarness.js';

let w: SessionWorld;
afterEach(async () => w?.close());

const H = (tag: string) =>
  `${tag} <img src=x onerror="window.__pwned='${tag}'"><script>window.__pwned='${tag}'</script> **bold** [go](javascript:alert(1)) =HYPERLINK("http://x")`;

/** Nothing made from the payload: no image, no script that could run, no link, no Markdown. */
async function inert(where: Page | Frame, what: string): Promise<void> {
  const found = await where.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.scripts].filter((s) => s.type !== 'application/json' && s.textContent?.includes('__pwned'))
      .length,
    links: document.querySelectorAll('a[href^="javascript:"]').length,
    bold: [...document.querySelectorAll('b, strong')].filter((b) => b.textContent === 'bold').length,
    // The payload is there, as text.
    shown: document.body.textContent?.includes('<img src=x onerror=') ?? false,
  }));
  expect(found, what).toEqual({ pwned: null, images: 0, scripts: 0, links: 0, bold: 0, shown: true });
}

it('hostile texts stay text on the moderator console, the projector, the rapporteur view and its preview, and the phone', async () => {
  w = await startSessionWorld({
    ...SAMPLE_DEFINITION,
    title: H('title'),
    moderation: 'publish',
    speakers: SAMPLE_DEFINITION.speakers!.map((s, i) => ({ ...s, name: H(`speaker${i}`), talkTitle: H(`talk${i}`) })),
    rounds: [{ id: 'r1', title: H('round'), questions: [{ id: 'r1q1', text: H('question') }] }],
  });
  const dialogs: string[] = [];
  const [person] = await joinParticipants(w, [{ name: H('name'), organization: H('org'), country: H('country') }]);
  const moderator = await connectClient(w.server.url, w.session.code, 'moderator', { key: w.session.moderatorKey });
  expect((await moderator.send({ type: 'phase:set', phase: { kind: 'question', questionId: 'r1q1' } })).ok).toBe(true);
  await must(person!, { type: 'answer:submit', answerId: 'hostile-answer', questionId: 'r1q1', text: H('answer') });
  expect((await moderator.send({ type: 'audience:toggle', open: true })).ok).toBe(true);
  await must(person!, { type: 'aq:ask', questionId: 'hostile-aq', speakerId: 's1', text: H('aq') });

  const open = async (url: string, device = LAPTOP) => {
    const { page } = await newPage(w.browser, device);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url);
    return page;
  };
  const links = w.session.links;
  const consolePage = await open(links.moderator);
  await consolePage.getByText('answer <img src=x onerror=', { exact: false }).first().waitFor();
  await inert(consolePage, 'moderator console');
  await consolePage.getByRole('tab', { name: /Audience questions/ }).click();
  await consolePage.getByText('aq <img src=x onerror=', { exact: false }).first().waitFor();
  await inert(consolePage, 'moderator console, audience questions');
  await shot(consolePage, 'hostile-console-audience');

  const projector = await open(links.projector, { viewport: { width: 1920, height: 1080 } });
  await projector.getByText('answer <img src=x onerror=', { exact: false }).first().waitFor();
  await inert(projector, 'projector');

  const rapporteur = await open(links.rapporteur);
  await rapporteur.getByText('speaker0 <img src=x onerror=', { exact: false }).first().waitFor();
  await inert(rapporteur, 'rapporteur view, notes');
  await rapporteur.getByRole('tab', { name: 'Curation' }).click();
  await rapporteur.getByText('answer <img src=x onerror=', { exact: false }).first().waitFor();
  await rapporteur.getByText('aq <img src=x onerror=', { exact: false }).first().waitFor();
  await inert(rapporteur, 'rapporteur view, curation');
  await shot(rapporteur, 'hostile-rapporteur-curation');
  const preview = rapporteur.frameLocator('[data-testid="report-preview"]');
  await preview.getByText('answer <img src=x onerror=', { exact: false }).first().waitFor();
  const frame = rapporteur.frames().find((f) => f !== rapporteur.mainFrame());
  expect(frame).toBeDefined();
  await inert(frame!, 'report preview');

  // The phone: the session's texts (embedded in the page before any connection) and its own.
  const phone = await open(links.participant, PHONE);
  await phone.getByTestId('profile-form').waitFor();
  await inert(phone, 'phone, profile form');
  await phone.getByTestId('profile-name').fill(H('phone-name'));
  await phone.getByTestId('profile-submit').click();
  await phone.getByText('question <img src=x onerror=', { exact: false }).first().waitFor();
  await phone.getByText('aq <img src=x onerror=', { exact: false }).first().waitFor();
  await inert(phone, 'phone, live view');
  await shot(phone, 'hostile-phone-live');

  expect(dialogs).toEqual([]);
});
