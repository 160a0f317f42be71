// The speaker view: the big timer, who speaks now and next; a cue sent from the console with one key
// reaches it (large, until dismissed) and flashes on the projector; the speaker dismisses it and the
// console sees it gone. The console opens the speaker view and the streaming overlay. Screenshots
// of the speaker view (1280×720, 1920×1080) and the overlay in French, English and Spanish.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient } from '../../helpers/clients.js';
import { axeViolations, newPage, shot } from '../browser.js';
import { openConsole, openProjector, poll, startWorld, textOf, type World } from '../moderator/harness.js';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => {
  await w?.close();
});

async function openSpeaker(href: string, viewport: { width: number; height: number }, locale = 'en-US') {
  const { page } = await newPage(w.browser, { viewport, locale });
  await page.goto(href);
  await page.getByTestId('big-timer').waitFor();
  return page;
}

describe('speaker view and cues', () => {
  it('shows the timer and speakers, and gets the moderator’s cue until dismissed', async () => {
    const { page: mod } = await openConsole(w, { links: true });
    // The console opens the speaker view and the overlay on this computer.
    const speakerHref = await mod.getByTestId('open-speaker-view').getAttribute('href');
    const streamHref = await mod.getByTestId('open-stream').getAttribute('href');
    expect(speakerHref).toBe(w.session.links.speaker);
    expect(new URL(streamHref!).pathname).toBe(`/stream/${w.session.code}`);

    const spk = await openSpeaker(speakerHref!, { width: 1280, height: 720 });
    const proj = (await openProjector(w)).page;
    const [first, second] = w.room().speakerOrder.map((id) => w.room().definition.speakers.find((s) => s.id === id)!);

    // Before anyone speaks: nobody now, the first speaker next.
    await poll(() => textOf(spk, '[data-testid="speaker-next"]')).toBe(first!.name);
    await mod.getByRole('button', { name: `Start turn: ${first!.name}` }).click();
    await poll(() => textOf(spk, '[data-testid="speaker-current"]')).toBe(first!.name);
    await poll(() => textOf(spk, '[data-testid="speaker-next"]')).toBe(second!.name);
    await poll(() => textOf(spk, '[data-testid="timer"]')).toMatch(/^\d+:\d\d$/);
    await poll(() => spk.getByTestId('big-timer').getAttribute('data-tone')).toMatch(/calm|wrapUp|lastMinute/);
    // Very large: the digits take a good part of the screen's height.
    const box = await spk.getByTestId('timer').boundingBox();
    expect(box!.height).toBeGreaterThan(720 * 0.2);
    await shot(spk, 'speaker-view-1280-en');
    expect(await axeViolations(spk)).toEqual([]);

    // One key on the console: "please conclude", flashed on the projector too (the default).
    await mod.locator('body').press('c');
    await poll(() => textOf(spk, '[data-testid="speaker-cue"] .spk-cue-text')).toBe('Please conclude');
    await poll(() => textOf(proj, '[data-testid="projector-cue"]')).toBe('Please conclude');
    await poll(() => textOf(mod, '[data-testid="cue-showing"]')).toContain('Please conclude');
    await shot(spk, 'speaker-view-cue-1280-en');
    await shot(proj, 'projector-cue-1920-en');
    expect(await axeViolations(spk)).toEqual([]);

    // The speaker dismisses it: gone there and on the console.
    await spk.getByTestId('dismiss-cue').click();
    await poll(() => spk.getByTestId('speaker-cue').count()).toBe(0);
    await poll(() => mod.getByTestId('cue-showing').count()).toBe(0);
    expect(w.room().cue).toBeNull();

    // A typed message (M focuses the field), without the projector this time.
    await mod.getByLabel('Also flash on the projector').uncheck();
    await mod.locator('body').press('m');
    await expect.poll(() => mod.evaluate(() => document.activeElement?.id)).toBe('cue-text-input');
    await mod.keyboard.type('Slide 4, please <b>now</b>');
    await mod.keyboard.press('Enter');
    await poll(() => textOf(spk, '[data-testid="speaker-cue"] .spk-cue-text')).toBe('Slide 4, please <b>now</b>');
    expect(w.room().cue?.flash).toBe(false);
    expect(await proj.getByTestId('projector-cue').count()).toBe(0);
    // X on the console clears it (once out of the text field, where X is a letter), once the
    // console itself holds the cue: X dismisses the cue the console knows of.
    await poll(() => textOf(mod, '[data-testid="cue-showing"]')).toContain('Slide 4');
    await mod.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await mod.keyboard.press('x');
    await poll(() => spk.getByTestId('speaker-cue').count()).toBe(0);

    // The pinned audience question, addressed to the speaker, is on the speaker view.
    const ctl = await connectClient(w.server.url, w.session.code, 'moderator', { key: w.session.moderatorKey });
    const asker = await connectClient(w.server.url, w.session.code, 'participant');
    expect((await ctl.send({ type: 'audience:toggle', open: true })).ok).toBe(true);
    const ask = { type: 'aq:ask', questionId: 'aq1', speakerId: first!.id, text: 'Who funds the hub?' } as const;
    expect((await asker.send(ask)).ok).toBe(true);
    expect((await ctl.send({ type: 'aq:approve', questionId: 'aq1' })).ok).toBe(true);
    expect((await ctl.send({ type: 'aq:pin', questionId: 'aq1', pinned: true })).ok).toBe(true);
    await poll(() => textOf(spk, '[data-testid="speaker-pinned"] .spk-pinned-text')).toBe('Who funds the hub?');
    expect(await textOf(spk, '[data-testid="speaker-pinned"]')).toContain(`To ${first!.name}`);

    // Overrun: the timer turns red and flashes.
    expect((await ctl.send({ type: 'timer:start', durationMs: 1_000 })).ok).toBe(true);
    await poll(() => spk.getByTestId('big-timer').getAttribute('data-tone')).toBe('over');
    expect(await spk.getByTestId('big-timer').evaluate((el) => getComputedStyle(el).animationName)).toBe('spk-overrun');
    await poll(() => textOf(spk, '.big-timer-label')).toBe('Over time');
    await shot(spk, 'speaker-view-overrun-1280-en');
  });

  it('looks right at 1280×720 and 1920×1080 in every language, and so does the overlay', async () => {
    const { page: mod } = await openConsole(w, { links: true });
    const streamHref = (await mod.getByTestId('open-stream').getAttribute('href'))!;
    await mod.locator('body').press('2');
    await poll(() => w.room().cue?.kind).toBe('twoMinutes');
    for (const [locale, lang, text] of [
      ['fr-FR', 'fr', 'Encore 2 minutes'],
      ['en-US', 'en', '2 minutes left'],
      ['es-ES', 'es', 'Quedan 2 minutos'],
    ] as const) {
      for (const vp of [
        { width: 1280, height: 720 },
        { width: 1920, height: 1080 },
      ]) {
        const spk = await openSpeaker(w.session.links.speaker, vp, locale);
        await poll(() => textOf(spk, '[data-testid="speaker-cue"] .spk-cue-text')).toBe(text);
        await noOverflow(spk);
        await shot(spk, `speaker-view-${vp.width}-${lang}`);
        await spk.context().close();
      }
      const { page: obs } = await newPage(w.browser, { viewport: { width: 1920, height: 1080 }, locale });
      await obs.goto(streamHref);
      await obs.getByTestId('stream').waitFor();
      await poll(() => obs.locator('.stream-qr').evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(
        0,
      );
      // See-through: OBS lays it over the video.
      expect(await obs.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
      await obs.screenshot({ path: `.screenshots/stream-overlay-${lang}.png`, omitBackground: true });
      expect(await axeViolations(obs)).toEqual([]);
      await obs.context().close();
    }
  });
});

/** Nothing spills past the screen (the speaker view is one screen, never scrolled). */
async function noOverflow(page: Page) {
  const over = await page.evaluate(() => {
    const { scrollWidth, scrollHeight, clientWidth, clientHeight } = document.documentElement;
    return scrollWidth > clientWidth || scrollHeight > clientHeight;
  });
  expect(over).toBe(false);
}
