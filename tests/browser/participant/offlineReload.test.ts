// The venue's network drops and the participant reloads the page: the page still opens (the
// service worker kept it), shows the question from the state the phone kept, takes an answer into
// the outbox, and delivers it exactly once when the network is back, without another reload.
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { waitFor } from '../../helpers/waitFor.js';
import { answersOf, joinByLink, participantNamed, phone, putOnFloor, startWorld, type World } from './harness.js';

let w: World;
afterEach(async () => w?.close());

/** Reads a key of the page's IndexedDB store (idb-keyval's default database). */
const kept = (page: Page, key: string) =>
  page.evaluate(
    (k) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('keyval-store');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('keyval').objectStore('keyval').get(k);
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
      }),
    key,
  );

it('a page reloaded offline opens, keeps answering, and delivers once back online', async () => {
  w = await startWorld();
  const { context, page } = await phone(w);
  await joinByLink(w, page);
  const pid = await participantNamed(w, 'Aminata Diallo');
  await putOnFloor(w, 'r1q1');
  await page.getByTestId('question-r1q1').getByRole('textbox').waitFor();

  // The worker holds this page, and the phone holds a state that has the question on the floor.
  const url = page.url();
  await expect
    .poll(() => page.evaluate(async (u) => !!(await caches.match(new URL(u).pathname)), url), { timeout: 15_000 })
    .toBe(true);
  await expect
    .poll(
      async () =>
        (
          (await kept(page, `palabre:${w.session.code}:participant:state`)) as
            | { state?: { phase?: unknown } }
            | undefined
        )?.state?.phase,
      { timeout: 15_000 },
    )
    .toEqual({ kind: 'question', questionId: 'r1q1' });

  await context.setOffline(true);
  await page.reload();
  const block = page.getByTestId('question-r1q1');
  await block.getByRole('textbox').waitFor();
  await page.locator('[data-testid="connection"].badge-offline').waitFor();
  await block.getByRole('textbox').fill('Typed after an offline reload');
  await block.getByTestId('answer-send').click();
  await block.locator('[data-testid="delivery"][data-state="waiting"]').waitFor();
  expect(answersOf(w, pid)).toHaveLength(0);

  await context.setOffline(false);
  await block.locator('[data-testid="delivery"][data-state="sent"]').waitFor({ timeout: 30_000 });
  await waitFor(() => answersOf(w, pid).length === 1, { what: 'the answer on the server' });
  expect(answersOf(w, pid)[0]).toMatchObject({ questionId: 'r1q1', text: 'Typed after an offline reload' });
  // The moderator moves on: the reloaded page follows live (its socket caught up from the kept state).
  await putOnFloor(w, 'r1q2');
  await page.getByTestId('question-r1q2').getByRole('textbox').waitFor();
  await page.locator('[data-testid="connection"].badge-online').waitFor();
  expect(answersOf(w, pid)).toHaveLength(1);
  await context.close();
});
