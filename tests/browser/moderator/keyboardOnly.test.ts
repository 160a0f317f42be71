// The console from the keyboard alone: next / previous, the timer and the turn, jumping to a step,
// the shortcuts dialog (opened with ?, focus kept inside, closed with Escape), and no shortcut
// taken while typing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot } from '../browser.js';
import { joinParticipants, must, openConsole, startWorld, textOf, poll, type World } from './harness.js';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => {
  await w?.close();
});

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { step: el?.dataset.step ?? null, inDialog: !!el?.closest('[role="dialog"]'), tag: el?.tagName ?? '' };
  });

describe('moderator console: keyboard only', () => {
  it('steps through the run of show and drives the timer with keys', async () => {
    const { page } = await openConsole(w);
    const k = page.keyboard;

    await k.press('n');
    await poll(() => w.room().phase.kind).toBe('opening');
    await k.press('ArrowRight');
    await poll(() => w.room().phase).toEqual({ kind: 'speaker', speakerId: 's1' });

    // T starts the speaker's turn, then pauses and resumes it.
    // (Each time the console shows the new state before the next key, as a person would see it.)
    const primary = () => textOf(page, '[data-testid="timer-primary"]');
    await poll(primary).toBe('Start turn');
    await k.press('t');
    await poll(() => w.room().turns.s1?.endedAt).toBeNull();
    await poll(() => w.room().timer.status).toBe('running');
    await poll(primary).toBe('Pause');
    await k.press('t');
    await poll(() => w.room().timer.status).toBe('paused');
    expect(w.room().turns.s1!.pausedAt).not.toBeNull();
    await poll(primary).toBe('Resume');
    await k.press('t');
    await poll(() => w.room().timer.status).toBe('running');
    expect(w.room().turns.s1!.pausedAt).toBeNull();
    await poll(primary).toBe('Pause');

    // + and − change the time by a minute.
    await k.press('+');
    await poll(() => w.room().timer.durationMs).toBe(6 * 60_000);
    await k.press('-');
    await poll(() => w.room().timer.durationMs).toBe(5 * 60_000);

    // E ends the turn; ← goes back; P at the first step stays there.
    await k.press('e');
    await poll(() => w.room().turns.s1?.endedAt ?? null).not.toBeNull();
    await poll(primary).toBe('Continue turn');
    await k.press('ArrowLeft');
    await poll(() => w.room().phase.kind).toBe('opening');
    // Arriving at a step without a speaker gives a fresh timer at its planned time.
    await poll(() => w.room().timer).toEqual({ status: 'idle', durationMs: 5 * 60_000 });
    await poll(primary).toBe('Start');
    await k.press('p');
    await k.press('t');
    await poll(() => w.room().timer.status).toBe('running');
    expect(w.room().phase.kind).toBe('opening');
    await poll(primary).toBe('Pause');
    await k.press('r');
    await poll(() => w.room().timer).toEqual({ status: 'idle', durationMs: 5 * 60_000 });

    // J goes to the current step in the run of show; Tab and Enter jump to another.
    await k.press('j');
    await poll(async () => (await focused(page)).step).toBe('opening');
    await k.press('Tab');
    await k.press('Tab');
    expect((await focused(page)).step).toBe('speaker:s2');
    await k.press('Enter');
    await poll(() => w.room().phase).toEqual({ kind: 'speaker', speakerId: 's2' });

    // A: audience questions close and open again.
    await k.press('a');
    await poll(() => w.room().audienceOpen).toBe(false);
    await poll(() => page.getByRole('tab', { name: 'Audience questions' }).count()).toBe(1);
    await page.getByRole('tab', { name: 'Audience questions' }).click();
    await poll(() => textOf(page, '[data-testid="aq-open-state"]')).toBe('Closed');
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await k.press('a');
    await poll(() => w.room().audienceOpen).toBe(true);
  });

  it('lists the shortcuts in a dialog that keeps the focus and closes with Escape', async () => {
    const { page } = await openConsole(w);
    const k = page.keyboard;
    const before = w.room().phase;
    await k.press('j');
    await poll(async () => (await focused(page)).step).not.toBeNull();
    const opener = (await focused(page)).step;

    await k.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await poll(async () => (await focused(page)).inDialog).toBe(true);
    expect(await dialog.getByText('Next step').count()).toBe(1);
    await shot(page, 'moderator-shortcuts-1366');
    for (let i = 0; i < 4; i++) {
      await k.press('Tab');
      expect((await focused(page)).inDialog).toBe(true);
    }
    await k.press('Shift+Tab');
    expect((await focused(page)).inDialog).toBe(true);
    // Shortcuts do nothing behind the dialog.
    await k.press('n');
    expect(w.room().phase).toEqual(before);

    await k.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await poll(async () => (await focused(page)).step).toBe(opener);
  });

  it('never takes a key while the moderator types', async () => {
    const [asker] = await joinParticipants(w, [
      { name: 'Léa Martin', organization: 'Ville de Bordeaux', country: 'France' },
    ]);
    await must(asker!, { type: 'aq:ask', questionId: 'kq1', speakerId: 's1', text: 'What did the hub cost?' });
    const { page } = await openConsole(w);
    const before = { phase: w.room().phase, timer: w.room().timer };
    await page.getByRole('tab', { name: /Audience questions/ }).click();
    await page.getByRole('button', { name: 'Add a reply: What did the hub cost?' }).click();
    const gist = page.getByLabel('Gist of the answer');
    await gist.fill('');
    await gist.pressSequentially('pretty cheap, near nothing: ten thousand euros');
    await page.keyboard.press('ArrowLeft');
    expect(await gist.inputValue()).toBe('pretty cheap, near nothing: ten thousand euros');
    expect(w.room().phase).toEqual(before.phase);
    expect(w.room().timer).toEqual(before.timer);
    await page.getByRole('button', { name: 'Save the reply' }).click();
    await poll(() => w.room().audienceQuestions.kq1?.replies[0]?.gist).toBe(
      'pretty cheap, near nothing: ten thousand euros',
    );
    expect(w.room().audienceQuestions.kq1!.replies[0]!.by).toBe('Ben Amar Zeghadi');
  });
});
