// A French session's projector speaks French by default, whatever the browser's language; the
// picker on the projector still overrides, and keeps its choice across a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { openProjector, poll, startWorld, textOf, type World } from '../moderator/harness.js';

let w: World;
beforeAll(async () => {
  w = await startWorld({ ...SAMPLE_DEFINITION, language: 'fr' });
});
afterAll(async () => {
  await w?.close();
});

describe('projector language', () => {
  it('follows the session, and the picker overrides', async () => {
    const { page } = await openProjector(w, { locale: 'en-US' });
    await poll(() => textOf(page, '.jc-label')).toBe('Rejoignez sur');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');

    await page.getByLabel('Langue').selectOption('es');
    await poll(() => textOf(page, '.jc-label')).not.toBe('Rejoignez sur');
    const spanish = await textOf(page, '.jc-label');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.reload();
    await page.getByTestId('projector-code').waitFor();
    await poll(() => textOf(page, '.jc-label')).toBe(spanish);

    // Another projector (a fresh browser) starts in the session's language again.
    const other = (await openProjector(w, { locale: 'es-ES' })).page;
    await poll(() => textOf(other, '.jc-label')).toBe('Rejoignez sur');
  });
});
