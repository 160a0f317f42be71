// The report preview follows the session without reloading: a rapporteur reading further down
// stays where they are when a new answer arrives, and the new answer shows.
import { afterEach, expect, it } from 'vitest';
import { connectClient } from '../../helpers/clients.js';
import { LAPTOP, newPage } from '../browser.js';
import { joinParticipants, must, poll } from '../moderator/harness.js';
import { startSessionWorld, type SessionWorld } from '../sessionHarness.js';

let w: SessionWorld;
afterEach(async () => w?.close());

it('a new answer appears in the preview without moving it back to the top', async () => {
  w = await startSessionWorld();
  const moderator = await connectClient(w.server.url, w.session.code, 'moderator', { key: w.session.moderatorKey });
  expect((await moderator.send({ type: 'phase:set', phase: { kind: 'question', questionId: 'r1q1' } })).ok).toBe(true);
  const people = await joinParticipants(w);
  for (let i = 0; i < 12; i++) {
    await must(people[i % people.length]!, {
      type: 'answer:submit',
      answerId: `long-${i}`,
      questionId: 'r1q1',
      text: `Answer ${i}: ${'a long considered answer '.repeat(12)}`,
    });
  }
  const { page } = await newPage(w.browser, LAPTOP);
  await page.goto(w.session.links.rapporteur);
  await page.getByTestId('report-preview').waitFor();
  const frame = () => page.frames().find((f) => f !== page.mainFrame())!;
  await poll(() => frame()?.evaluate(() => document.body.innerText.includes('Answer 11:'))).toBe(true);

  // Read further down; mark this document (a reload would lose the mark).
  const y = await frame().evaluate(() => {
    document.documentElement.dataset.reading = 'yes';
    window.scrollTo(0, document.body.scrollHeight);
    return window.scrollY;
  });
  expect(y).toBeGreaterThan(200);

  await must(people[0]!, {
    type: 'answer:submit',
    answerId: 'late',
    questionId: 'r1q1',
    text: 'Arrived while the rapporteur was reading',
  });
  await poll(() =>
    frame().evaluate(() => document.body.innerText.includes('Arrived while the rapporteur was reading')),
  ).toBe(true);
  const after = await frame().evaluate(() => ({
    mark: document.documentElement.dataset.reading ?? null,
    y: window.scrollY,
  }));
  expect(after.mark).toBe('yes');
  expect(after.y).toBeGreaterThan(200);
  expect(Math.abs(after.y - y)).toBeLessThan(400);
});
