// After the session the console's report panel shows planned against spoken minutes per speaker and
// the participation timeline, loaded on demand; a speaker's name typed as markup stays text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { connectClient } from '../../helpers/clients.js';
import { axeViolations, shot } from '../browser.js';
import { joinParticipants, must, openConsole, poll, startWorld, type World } from './harness.js';

const HOSTILE = '<img src=x>Ana';

let w: World;
beforeAll(async () => {
  const speakers = SAMPLE_DEFINITION.speakers ?? [];
  w = await startWorld({
    ...SAMPLE_DEFINITION,
    speakers: speakers.map((s, i) => (i === 0 ? { ...s, name: HOSTILE } : s)),
  });
});
afterAll(async () => {
  await w?.close();
});

describe('console charts after the session', () => {
  it('shows speaking time and participation once the session has ended, not before', async () => {
    const mod = await connectClient(w.server.url, w.session.code, 'moderator', { key: w.session.moderatorKey });
    const people = await joinParticipants(w);
    await must(mod, { type: 'turn:start', speakerId: 's1' });
    await must(mod, { type: 'turn:end' });
    await must(mod, { type: 'phase:set', phase: { kind: 'question', questionId: 'r1q1' } });
    for (const [i, p] of people.entries())
      await must(p, { type: 'answer:submit', answerId: `a${i}`, questionId: 'r1q1', text: `answer ${i}` });

    const { page } = await openConsole(w);
    const alerts: string[] = [];
    page.on('dialog', (d) => {
      alerts.push(d.message());
      void d.dismiss();
    });
    const openCharts = page.getByRole('button', { name: 'Session charts' });
    expect(await openCharts.count()).toBe(0);

    await must(mod, { type: 'session:end' });
    await openCharts.click();
    const report = page.getByRole('dialog', { name: 'Session charts' });
    const speaking = report.getByRole('img', { name: 'Speaking time' });
    const participation = report.getByRole('img', { name: 'Participation over the session' });
    await poll(() => speaking.count()).toBe(1);
    await poll(() => participation.count()).toBe(1);

    // The first speaker's name is drawn as text, and the planned minutes of every speaker are there.
    const texts = await speaking.locator('text').allTextContents();
    expect(texts).toContain(HOSTILE);
    for (const s of w.room().definition.speakers) expect(texts).toContain(`${s.minutes} min`);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await report.locator('.chart-note').textContent()).toContain('3 answers in all');

    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
    await shot(page, 'console-session-charts-1280');
    expect(alerts).toEqual([]);

    // Escape closes it and the button opens it again.
    await page.keyboard.press('Escape');
    await poll(() => report.count()).toBe(0);
    await openCharts.click();
    await poll(() => speaking.count()).toBe(1);
  });
});
