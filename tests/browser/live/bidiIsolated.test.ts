// RIGHT-TO-LEFT OVERRIDE: a name, organization, country, answer or audience question containing
// U+202E must not reorder the text that follows it ("000,01$" shown as "$10,000"). On every screen
// (moderator console, projector, rapporteur view and its report preview, a phone) each text holding
// one is isolated: its element computes `unicode-bidi: isolate` and holds nothing else, or the
// override sits inside an FSI … PDI isolate of the text itself.
import type { Frame, Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { connectClient } from '../../helpers/clients.js';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { LAPTOP, PHONE, newPage } from '../browser.js';
import { joinParticipants, must } from '../moderator/harness.js';
import { startSessionWorld, type SessionWorld } from '../sessionHarness.js';

let w: SessionWorld;
afterEach(async () => w?.close());

const RLO = '\u202E';

interface Leak {
  text: string;
  tag: string;
  bidi: string;
}

/** Every text node holding U+202E that is not isolated; and how many there are in all. */
function audit(where: Page | Frame): Promise<{ found: number; leaks: Leak[] }> {
  return where.evaluate((rlo) => {
    const leaks: Leak[] = [];
    let found = 0;
    const enclosed = (s: string) => {
      let depth = 0;
      for (const c of s) {
        if (c === '\u2066' || c === '\u2067' || c === '\u2068') depth++;
        else if (c === '\u2069') depth = Math.max(0, depth - 1);
        else if (c === rlo && depth === 0) return false;
      }
      return depth === 0;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const s = n.nodeValue ?? '';
      if (!s.includes(rlo)) continue;
      found++;
      const el = n.parentElement!;
      const bidi = getComputedStyle(el).unicodeBidi;
      const alone = el.childNodes.length === 1;
      if (enclosed(s) || (alone && (bidi === 'isolate' || bidi === 'plaintext'))) continue;
      leaks.push({ text: s, tag: el.tagName, bidi });
    }
    return { found, leaks };
  }, RLO) as Promise<{ found: number; leaks: Leak[] }>;
}

async function isolated(where: Page | Frame, what: string, atLeast: number): Promise<void> {
  // Wait until the texts are there (the views render as the events arrive).
  await expect
    .poll(async () => (await audit(where)).found, { timeout: 15_000, interval: 100 })
    .toBeGreaterThanOrEqual(atLeast);
  expect((await audit(where)).leaks, what).toEqual([]);
}

it('a right-to-left override in what people type reorders nothing after it, on every screen', async () => {
  w = await startSessionWorld({ ...SAMPLE_DEFINITION, moderation: 'publish' });
  const [person] = await joinParticipants(w, [
    { name: `Eve${RLO}evE`, organization: `${RLO}EMCA`, country: `${RLO}ecnarF` },
  ]);
  const moderator = await connectClient(w.server.url, w.session.code, 'moderator', { key: w.session.moderatorKey });
  expect((await moderator.send({ type: 'phase:set', phase: { kind: 'question', questionId: 'r1q1' } })).ok).toBe(true);
  await must(person!, {
    type: 'answer:submit',
    answerId: 'rlo-answer',
    questionId: 'r1q1',
    text: `${RLO}000,01$ paid`,
  });
  expect((await moderator.send({ type: 'audience:toggle', open: true })).ok).toBe(true);
  await must(person!, { type: 'aq:ask', questionId: 'rlo-aq', speakerId: 's1', text: `${RLO}?yhw` });
  expect((await moderator.send({ type: 'answer:moderate', answerId: 'rlo-answer', featured: true })).ok).toBe(true);

  const open = async (url: string, device = LAPTOP) => {
    const { page } = await newPage(w.browser, device);
    await page.goto(url);
    return page;
  };
  const links = w.session.links;

  const consolePage = await open(links.moderator);
  // The answer (text, name, organization and country).
  await isolated(consolePage, 'moderator console', 2);
  await consolePage.getByRole('tab', { name: /Audience questions/ }).click();
  await isolated(consolePage, 'moderator console, audience questions', 2);

  const projector = await open(links.projector, { viewport: { width: 1920, height: 1080 } });
  await isolated(projector, 'projector', 2);

  const rapporteur = await open(links.rapporteur);
  await rapporteur.getByRole('tab', { name: 'Curation' }).click();
  await isolated(rapporteur, 'rapporteur, curation', 3);
  const preview = rapporteur.frameLocator('[data-testid="report-preview"]');
  await preview.getByText('paid', { exact: false }).first().waitFor();
  const frame = rapporteur.frames().find((f) => f !== rapporteur.mainFrame());
  await isolated(frame!, 'report preview', 3);

  // A phone: another participant's question, its own name in the menu.
  const phone = await open(links.participant, PHONE);
  await phone.getByTestId('profile-form').waitFor();
  await phone.getByTestId('profile-name').fill(`Zed${RLO}deZ`);
  await phone.getByTestId('profile-submit').click();
  await isolated(phone, 'phone', 1);
});
