// The CSV with closed questions: choices, value, words and order columns, as option labels.
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../../shared/report/csv.js';
import { parseCsv } from '../../fixtures/report/csvParse.js';
import { forumSession } from '../../fixtures/report/forumSession.js';
import { POLL, POLL_OTHER, pollSession } from '../../fixtures/report/pollSession.js';

describe('CSV closed answers', () => {
  const rows = parseCsv(renderCsv(pollSession()));
  const head = rows[0] ?? [];
  const col = (name: string): number => head.indexOf(name);
  const answersTo = (text: string) => rows.filter((r) => (r[1] ?? '').endsWith(text));

  it('adds the closed columns after the existing ones', () => {
    expect(head.slice(-4)).toEqual(['Choix', 'Valeur', 'Mots', 'Classement']);
  });

  it('writes each closed answer as option labels, values and words', () => {
    const lea = (text: string) => answersTo(text).find((r) => r[2] === 'Léa Marchetti') ?? [];
    expect(lea(POLL.choice.text)[col('Choix')]).toBe('Former les locataires');
    expect(lea(POLL.scale.text)[col('Valeur')]).toBe('5');
    expect(lea(POLL.words.text)[col('Mots')]).toBe('Coopération; soleil; quartiers');
    expect(lea(POLL.rank.text)[col('Classement')]).toBe('Accord du bailleur > Financement > Confiance des habitants');
    expect(answersTo(POLL.choice.text).map((r) => r[col('Choix')])).toContain(`Autre: ${POLL_OTHER}`);
    // The withdrawn vote is not exported.
    expect(answersTo(POLL.choice.text)).toHaveLength(7);
  });

  it('neutralises a word a spreadsheet would run as a formula', () => {
    const state = pollSession();
    const a = Object.values(state.answers).find((x) => x.questionId === POLL.words.id);
    if (!a) throw new Error('no words answer');
    const answers = { ...state.answers, [a.id]: { ...a, words: ['=HYPERLINK("http://x")', 'ok'] } as typeof a };
    const out = parseCsv(renderCsv({ ...state, answers }));
    expect(out.some((r) => r[col('Mots')] === `'=HYPERLINK("http://x"); ok`)).toBe(true);
  });

  it('leaves a free-text session’s CSV without them', () => {
    const plain = parseCsv(renderCsv(forumSession('fr').state))[0] ?? [];
    expect(plain).not.toContain('Choix');
  });
});
