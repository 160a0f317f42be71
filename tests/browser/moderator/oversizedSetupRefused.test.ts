// TOO LARGE: a moderator saving a setup over the command limit (256 KB) used to lose the connection
// and re-send it after every reconnect ("Saving…" forever). The console refuses it before sending:
// the setup editor says it is too large, the session is unchanged, and the console stays online.
import { afterEach, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES } from '../../../shared/limits.js';
import { LAPTOP, newPage } from '../browser.js';
import { poll } from './harness.js';
import { startSessionWorld, type SessionWorld } from '../sessionHarness.js';

let w: SessionWorld;
afterEach(async () => w?.close());

/** A valid definition of about `bytes` of JSON: rounds of long guiding questions. */
function definitionOf(bytes: number) {
  const rounds = [];
  let size = 200;
  for (let r = 0; r < 10 && size < bytes; r++) {
    const questions = [];
    for (let q = 0; q < 30 && size < bytes; q++) {
      const text = 'q'.repeat(Math.min(1_900, bytes - size));
      questions.push({ id: `r${r}q${q}`, text });
      size += text.length + 30;
    }
    rounds.push({ id: `r${r}`, title: `Round ${r}`, questions });
  }
  return { title: 'Large', mainQuestion: 'Short?', rounds };
}

it('an oversized save is refused in the editor, never sent, and the console stays online', async () => {
  w = await startSessionWorld(definitionOf(MAX_MESSAGE_BYTES - 3 * 1024));
  const { page } = await newPage(w.browser, LAPTOP);
  const sent: string[] = [];
  page.on('websocket', (ws) =>
    ws.on('framesent', (f) => {
      if (typeof f.payload === 'string' && f.payload.includes('definition:update')) sent.push(f.payload);
    }),
  );
  await page.goto(w.session.links.moderator);
  await page.getByRole('tab', { name: 'Setup' }).click();
  const main = page.locator('#f-mainQuestion');
  await main.waitFor();
  // 2,000 characters of 2 bytes each: 4 KB more, over the limit.
  await main.fill('é'.repeat(2_000));
  await page.locator('.se-save').click();

  await page.locator('.se-save-status .error').getByText('That is too large to send.').waitFor();
  expect(sent).toEqual([]);
  expect(w.room().definition.mainQuestion).toBe('Short?');
  // Still online: a smaller save goes through on the same connection.
  await main.fill('Shorter question?');
  await page.locator('.se-save').click();
  await poll(() => w.room().definition.mainQuestion).toBe('Shorter question?');
  expect(sent).toHaveLength(1);
});
