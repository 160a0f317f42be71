// The main scenario: a moderator's console and three participants run a session. Two
// speakers with the timer (start, pause, resume, end; the wrap-up warning and an overrun), a Round 1
// question answered by all three, the answers live on the console and on the projector.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spokenMs } from '../../../shared/state.js';
import { formatClock } from '../../../shared/timer.js';
import { shot } from '../browser.js';
import {
  imageLoaded,
  joinParticipants,
  must,
  openConsole,
  openProjector,
  PEOPLE,
  startWorld,
  textOf,
  poll,
  type World,
} from './harness.js';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => {
  await w?.close();
});

describe('moderator console: a whole session', () => {
  it('runs two speakers with the timer and a Round 1 question answered by everyone', async () => {
    const { page } = await openConsole(w, { links: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // The join panel: code, QR, link, and the projector view this device created.
    expect(await textOf(page, '[data-testid="join-code"]')).toBe(w.session.code);
    await poll(() => imageLoaded(page, '.join-qr')).toBe(true);
    expect(await page.getByRole('link', { name: `${new URL(w.server.url).host}/j/${w.session.code}` }).count()).toBe(1);
    expect(await page.getByTestId('open-projector').getAttribute('href')).toBe(w.session.links.projector);

    const people = await joinParticipants(w);
    await poll(() => textOf(page, '[data-testid="connected-now"]')).toBe('3');
    await poll(() => textOf(page, '[data-testid="joined-total"]')).toBe('3');

    const proj = (await openProjector(w)).page;
    await poll(() => imageLoaded(proj, '.jc-qr')).toBe(true);

    // Opening, then the first speaker.
    await page.getByTestId('next-step').click();
    await poll(() => w.room().phase.kind).toBe('opening');
    await page.getByTestId('next-step').click();
    await poll(() => w.room().phase).toEqual({ kind: 'speaker', speakerId: 's1' });
    await poll(() => textOf(page, '[data-testid="now-title"]')).toBe('Ben Amar Zeghadi');
    await poll(() => textOf(proj, '[data-testid="projector-speaker"]')).toBe('Ben Amar Zeghadi');
    expect(await proj.getByText('Hub of SSE').count()).toBe(1);
    expect(await textOf(page, '[data-testid="timer"]')).toBe('5:00');

    // Start, pause, resume, end.
    expect(await textOf(page, '[data-testid="timer-primary"]')).toBe('Start turn');
    await page.getByTestId('timer-primary').click();
    await poll(() => w.room().turns.s1?.endedAt).toBeNull();
    await poll(() => w.room().timer.status).toBe('running');
    await poll(() => textOf(proj, '[data-testid="timer"]')).toMatch(/^4:\d\d$/);

    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await poll(() => w.room().turns.s1?.pausedAt ?? null).not.toBeNull();
    await poll(() => proj.locator('.timer-label').first().textContent()).toContain('Paused');
    // While paused the spoken time stands still on the console (once the console itself holds the
    // pause: its button then offers to resume).
    await page.getByRole('button', { name: 'Resume', exact: true }).waitFor();
    const spokenWhilePaused = await textOf(page, '[data-testid="spoken-s1"]');
    await poll(() => w.server.app.registry.get(w.session.code)!.state.timer.status).toBe('paused');
    expect(await textOf(page, '[data-testid="spoken-s1"]')).toBe(spokenWhilePaused);

    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await poll(() => w.room().turns.s1?.pausedAt).toBeNull();
    expect(w.room().turns.s1!.pausedMs).toBeGreaterThan(0);
    await page.getByTestId('end-turn').click();
    await poll(() => w.room().turns.s1?.endedAt ?? null).not.toBeNull();

    // The time actually spoken is recorded, pauses excluded, and shown per speaker.
    const t1 = w.room().turns.s1!;
    const spoken1 = spokenMs(t1, t1.endedAt!);
    expect(spoken1).toBeGreaterThan(0);
    expect(spoken1).toBe(t1.endedAt! - t1.startedAt - t1.pausedMs);
    expect(spoken1).toBeLessThan(t1.endedAt! - t1.startedAt);
    await poll(() => textOf(page, '[data-testid="spoken-s1"]')).toBe(formatClock(spoken1));

    // The second speaker: the last minute warns, then the overrun counts below zero in red.
    await page.getByTestId('next-step').click();
    await poll(() => w.room().phase).toEqual({ kind: 'speaker', speakerId: 's2' });
    await poll(() => textOf(page, '[data-testid="timer"]')).toBe('7:00');
    await page.getByTestId('timer-primary').click();
    await poll(() => w.room().turns.s2?.endedAt).toBeNull();
    const minus = page.getByRole('button', { name: '−1 min' });
    for (let i = 0; i < 6; i++) await minus.click();
    await poll(() => w.room().timer.durationMs).toBe(60_000);
    await page.getByTestId('wrap-up').waitFor();
    expect(await page.locator('.timer-big').getAttribute('class')).toContain('timer-warn');
    await minus.click();
    await poll(() => textOf(page, '[data-testid="timer"]')).toMatch(/^−0:\d\d$/);
    const over = page.locator('.timer-big.timer-over .timer-value');
    expect(await over.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(176, 0, 32)');
    await poll(() => textOf(proj, '[data-testid="timer"]')).toMatch(/^−0:\d\d$/);
    await shot(page, 'moderator-speaker-overrun-1366');
    await page.getByTestId('end-turn').click();
    await poll(() => w.room().turns.s2?.endedAt ?? null).not.toBeNull();
    const t2 = w.room().turns.s2!;
    expect(spokenMs(t2, t2.endedAt!)).toBeGreaterThan(0);
    // The frozen count stays on screen after the turn: negative, in the warning colour.
    expect(await textOf(page, '[data-testid="timer"]')).toMatch(/^−0:\d\d$/);

    // Round 1, question 1: jump to it in the run of show; it opens for answers.
    await page.locator('[data-step="question:r1q1"]').click();
    await poll(() => w.room().phase).toEqual({ kind: 'question', questionId: 'r1q1' });
    await poll(() => w.room().openQuestions).toContain('r1q1');
    await poll(() => page.locator('[data-step="question:r1q1"]').getAttribute('aria-current')).toBe('step');
    await poll(() => page.getByRole('tab', { name: 'Answers' }).getAttribute('aria-selected')).toBe('true');
    await poll(() => textOf(proj, '[data-testid="projector-question"]')).toBe('How have partnerships worked?');

    const texts = [
      'We co-designed the services with the town hall.',
      'A shared fund with the region made it last.',
      'Trust came first; the contracts came later.',
    ];
    await Promise.all(
      people.map((p, i) =>
        must(p, { type: 'answer:submit', answerId: `ans${i}`, questionId: 'r1q1', text: texts[i]! }),
      ),
    );

    // On the console: the count, every answer, who gave it.
    await poll(() => textOf(page, '[data-testid="count-r1q1"]')).toBe('3 answers');
    await poll(() => page.locator('.qa[data-question="r1q1"] .answer').count()).toBe(3);
    for (const t of texts) expect(await page.getByText(t).count()).toBe(1);
    expect(await page.locator('.answer-name', { hasText: PEOPLE[0]!.name }).count()).toBe(1);
    expect(await page.locator('.answer-name', { hasText: 'Anonymous' }).count()).toBe(1);
    expect(await textOf(page, '[data-step="question:r1q1"] .pill')).toBe('3 answers');

    // On the projector: the count and the wall, names as chosen.
    await poll(() => textOf(proj, '[data-testid="projector-count"]')).toBe('3 answers');
    await poll(() => proj.locator('.wall-card').count()).toBe(3);
    for (const t of texts) expect(await proj.getByText(t).count()).toBe(1);
    expect(await proj.locator('.wall-name', { hasText: PEOPLE[1]!.name }).count()).toBe(1);
    expect(await proj.locator('.wall-name', { hasText: 'Anonymous' }).count()).toBe(1);

    await shot(page, 'moderator-question-1366');
    await shot(proj, 'projector-question-1920');
    expect(errors).toEqual([]);
  });
});
