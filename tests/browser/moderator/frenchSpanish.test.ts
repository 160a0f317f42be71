// The console and the projector in French and in Spanish: every string translated (no English left,
// no raw dictionary key, no unfilled {placeholder}) in every tab and state, dates and counts through
// Intl; a refused command is explained in the moderator's language in the alert region.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/definition.js';
import { errorMessage } from '../../../shared/errors.js';
import { common } from '../../../client/i18n/common.js';
import { moderator } from '../../../client/i18n/moderator.js';
import { projector } from '../../../client/i18n/projector.js';
import { shot } from '../browser.js';
import { joinParticipants, must, openConsole, openProjector, startWorld, poll, textOf, type World } from './harness.js';

const DICTS = [common, moderator, projector] as const;

/** A session written in French, so no English in the data can be mistaken for an untranslated string. */
const DEF = {
  title: 'Partenariats innovants',
  language: 'fr' as const,
  mainQuestion: 'Comment co-construire des solutions locales ?',
  audienceQuestions: 'whenOpen' as const,
  moderation: 'approve' as const,
  rounds: [
    {
      id: 'r1',
      title: 'Série 1',
      questions: [
        { id: 'q1', text: 'Qu’est-ce qui a marché ?' },
        { id: 'q2', text: 'Quel bénéfice ?' },
      ],
    },
    { id: 'r2', title: 'Série 2', questions: [{ id: 'q3', text: 'Qui doit piloter ?' }] },
  ],
  speakers: [
    {
      id: 's1',
      name: 'Ben Amar Zeghadi',
      organization: 'CRESS Mayotte',
      country: 'France',
      talkTitle: 'Pôle ESS',
      minutes: 5,
    },
    {
      id: 's2',
      name: 'Malick Diop',
      organization: 'RACTES',
      country: 'Sénégal',
      talkTitle: 'Dialogue structuré',
      minutes: 7,
    },
  ],
};

/** Everything a person can read or hear: visible text, accessible names, alternatives, the title. */
async function everything(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label], [alt], [title], [placeholder]')].flatMap((el) =>
      ['aria-label', 'alt', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    const options = [...document.querySelectorAll('option')].map((o) => o.textContent ?? '');
    return [document.title, document.body.innerText, ...attrs, ...options].join('\n');
  });
}

function leftovers(text: string, lang: Language): string[] {
  const found = new Set<string>();
  for (const d of DICTS) {
    const en = d.en as Record<string, string>;
    const other = d[lang] as Record<string, string>;
    for (const [key, value] of Object.entries(en)) {
      // A raw key (what the translator returns for a key it does not know).
      if (key.length >= 4 && new RegExp(`(^|[^\\p{L}])${key}([^\\p{L}]|$)`, 'u').test(text)) found.add(`key ${key}`);
      // An English string left in a French or Spanish interface.
      if (value === other[key] || value.includes('{') || value.length < 5) continue;
      if (new RegExp(`(^|[^\\p{L}])${value.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(text))
        found.add(`English "${value}"`);
    }
  }
  if (/\{\w+\}/.test(text)) found.add('unfilled placeholder');
  return [...found];
}

const worlds: World[] = [];
afterAll(async () => {
  for (const w of worlds) await w.close();
});

describe.each([
  {
    lang: 'fr' as const,
    locale: 'fr-FR',
    next: 'Suivant',
    answers: 'Réponses',
    audience: /Questions du public/,
    round: 'Série entière',
    approve: 'Approuver',
  },
  {
    lang: 'es' as const,
    locale: 'es-ES',
    next: 'Siguiente',
    answers: 'Respuestas',
    audience: /Preguntas del público/,
    round: 'Ronda completa',
    approve: 'Aprobar',
  },
])('console and projector in $lang', ({ lang, locale, next, answers, audience, round, approve }) => {
  it('renders every string in the chosen language', async () => {
    const w = await startWorld(DEF);
    worlds.push(w);
    const people = await joinParticipants(w, [
      { name: 'Aïcha Diallo', organization: 'RACTES', country: 'Sénégal' },
      { name: 'Léa Martin', organization: 'Ville de Bordeaux', country: 'France' },
      { name: '', organization: '', country: '' },
    ]);
    const { page } = await openConsole(w, { context: { locale } });
    const proj = (await openProjector(w, { locale })).page;
    const seen: string[] = [];
    const check = async (p: Page, what: string) => {
      const problems = leftovers(await everything(p), lang);
      expect(problems, `${lang} ${what}`).toEqual([]);
      seen.push(what);
    };

    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.getByRole('button', { name: next, exact: true }).count()).toBe(1);
    await check(page, 'console lobby');
    await check(proj, 'projector lobby');

    // A speaker's turn under way, paused.
    await page.getByTestId('next-step').click();
    await page.getByTestId('next-step').click();
    await poll(() => w.room().phase).toEqual({ kind: 'speaker', speakerId: 's1' });
    const startLabel = await textOf(page, '[data-testid="timer-primary"]');
    await page.getByTestId('timer-primary').click();
    await poll(() => w.room().timer.status).toBe('running');
    // The key acts on the console's state: wait until it holds the running turn too.
    await poll(() => textOf(page, '[data-testid="timer-primary"]')).not.toBe(startLabel);
    // Paused from the button (the T key is tested in keyboardOnly): this test reads strings.
    await page.getByTestId('timer-primary').click();
    await poll(() => w.room().timer.status).toBe('paused');
    await check(page, 'console speaker');
    await check(proj, 'projector speaker');

    // A whole round with answers, one featured and one hidden.
    await page.getByRole('tab', { name: answers }).click();
    await page.getByRole('radio', { name: round }).check();
    await page.locator('[data-step="round:r1"]').click();
    await poll(() => w.room().phase).toEqual({ kind: 'round', roundId: 'r1' });
    await must(people[0]!, { type: 'answer:submit', answerId: 'a1', questionId: 'q1', text: 'La confiance, d’abord.' });
    await must(people[1]!, { type: 'answer:submit', answerId: 'a2', questionId: 'q1', text: 'Un fonds partagé.' });
    await must(people[2]!, { type: 'answer:submit', answerId: 'a3', questionId: 'q2', text: 'Des emplois locaux.' });
    await poll(() => page.locator('.answer').count()).toBe(3);
    await page.locator('[data-answer="a1"] .answer-actions button').first().click();
    await page.locator('[data-answer="a2"] .answer-actions button').last().click();
    await poll(() => w.room().answers.a2?.hidden).toBe(true);
    await check(page, 'console answers');
    await check(proj, 'projector round');

    // Audience questions: pending, published with votes, merged, a form open.
    await page.keyboard.press('a');
    await poll(() => w.room().audienceOpen).toBe(true);
    await must(people[0]!, {
      type: 'aq:ask',
      questionId: 'k1',
      speakerId: 's2',
      text: 'Comment financer le dialogue ?',
    });
    await must(people[1]!, { type: 'aq:ask', questionId: 'k2', speakerId: null, text: 'Et en milieu rural ?' });
    await page.getByRole('tab', { name: audience }).click();
    await page
      .locator('[data-aq="k1"]')
      .getByRole('button', { name: new RegExp(`^${approve}`) })
      .click();
    await poll(() => w.room().audienceQuestions.k1?.status).toBe('published');
    await must(people[2]!, { type: 'aq:vote', questionId: 'k1', up: true });
    await page.locator('[data-aq="k1"] .aq-actions button[aria-pressed]').click();
    await poll(() => w.room().audienceQuestions.k1?.pinned).toBe(true);
    await page.locator('[data-aq="k1"] .aq-actions button[aria-expanded]').first().click();
    await page.locator('[data-step="audience"]').click();
    await poll(() => w.room().phase.kind).toBe('audience');
    await check(page, 'console audience');
    await check(proj, 'projector audience');

    // The shortcuts.
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('?');
    await page.getByRole('dialog').waitFor();
    await check(page, 'console shortcuts');
    await shot(page, `moderator-shortcuts-${lang}-1366`);
    await page.keyboard.press('Escape');

    // The end, confirmed; then a refused command is explained in this language.
    await page.locator('.ros-end > button').click();
    await check(page, 'console end confirmation');
    await page.locator('.ros-confirm button.danger').click();
    await poll(() => w.room().phase.kind).toBe('ended');
    // The end closed audience questions too; opening them again is refused.
    expect(w.room().audienceOpen).toBe(false);
    // Once the console itself shows the end (its state decides what the key asks for).
    await page.locator('.ros-end .pill.muted').waitFor();
    await page.keyboard.press('a');
    const alerts = page.getByRole('alert');
    await poll(() => alerts.filter({ hasText: errorMessage('session_ended', lang) }).count()).toBe(1);
    await check(page, 'console ended with alert');
    await check(proj, 'projector ended');
    await shot(page, `moderator-ended-${lang}-1366`);
    await shot(proj, `projector-ended-${lang}-1366`);
    expect(seen.length).toBe(12);
  });
});
