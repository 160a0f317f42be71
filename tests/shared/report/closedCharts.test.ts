// Closed questions in the report: each one's chart and numbers in place of a list of answers, in
// the model, the HTML and the Markdown; text questions unchanged.
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../shared/report/html.js';
import { renderMarkdown } from '../../../shared/report/markdown.js';
import { buildReport } from '../../../shared/report/model.js';
import { closedResults } from '../../../shared/results/closedResults.js';
import { FORUM_NOW } from '../../fixtures/report/forumSession.js';
import { POLL, POLL_OTHER, pollSession } from '../../fixtures/report/pollSession.js';

const state = pollSession();
const model = buildReport(state, FORUM_NOW);
const guiding = model.sections.find((s) => s.kind === 'guidingAnswers');
const round3 = guiding?.kind === 'guidingAnswers' ? guiding.rounds.find((r) => r.id === 'r3') : undefined;
/** French percentages as ICU writes them (the space before % differs between ICU versions). */
const P = (n: number): string => new Intl.NumberFormat('fr', { style: 'percent' }).format(n / 100);
const chartOf = (id: string) => round3?.questions.find((q) => q.id === id)?.chart;

describe('closed questions in the report', () => {
  it('reads each closed question and tallies the visible answers (a withdrawn vote counts for nothing)', () => {
    const results = closedResults(state);
    expect([...results.keys()]).toEqual([POLL.choice.id, POLL.scale.id, POLL.words.id, POLL.rank.id]);
    expect(results.get(POLL.choice.id)?.result).toEqual({
      kind: 'choice',
      respondents: 7,
      counts: [3, 1, 1, 1],
      otherCount: 1,
      others: [POLL_OTHER],
    });
  });

  it('puts a chart and its numbers under each closed question, and no answer list', () => {
    const choice = chartOf(POLL.choice.id);
    // 3/7, 1/7… rounded so they add up to 100.
    expect(choice?.table?.rows).toEqual([
      ['Former les locataires', '3', P(43)],
      ['Trouver des toits', '1', P(15)],
      ['Convaincre les banques', '1', P(14)],
      ['<script>alert(1)</script>', '1', P(14)],
      ['Autre', '1', P(14)],
    ]);
    expect(choice?.caption).toBe('7 répondant(e)s');
    expect(choice?.notes).toEqual([`Autre\u00A0: ${POLL_OTHER}`]);
    expect(chartOf(POLL.scale.id)?.caption).toBe('7 répondant(e)s · moyenne 3,9 · médiane 4');
    expect(chartOf(POLL.words.id)?.table?.rows[0]).toEqual(['Coopération', '4']);
    expect(chartOf(POLL.rank.id)?.table?.rows.map((r) => r[1])).toEqual([
      'Accord du bailleur',
      'Financement',
      'Confiance des habitants',
    ]);
    for (const q of round3?.questions ?? []) expect(q.answers).toEqual([]);
    // The text questions keep their answers and have no chart.
    const r1 = guiding?.kind === 'guidingAnswers' ? guiding.rounds[0] : undefined;
    expect(r1?.questions.every((q) => q.chart === undefined)).toBe(true);
  });

  it('inlines each chart as SVG beside a table of its numbers in the HTML, with participant text escaped', () => {
    const html = renderHtml(model);
    const figures = [...html.matchAll(/<figure class="chart[^"]*" data-chart="(\w+)">([\s\S]*?)<\/figure>/g)];
    expect(figures.map((f) => f[1])).toEqual(['speakingTime', 'choice', 'scale', 'words', 'rank', 'timeline']);
    const choice = figures[1]?.[2] ?? '';
    expect(choice).toMatch(/<div class="picture"><svg [^>]*role="img"/);
    expect(choice).toContain(`<td>Former les locataires</td><td class="num">3</td><td class="num">${P(43)}</td>`);
    expect(choice).toContain(`3 · ${P(43)}`);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(figures[3]?.[2]).toContain('<td>Coopération</td><td class="num">4</td>');
  });

  it('embeds each chart in the Markdown as an SVG image and a table', () => {
    const md = renderMarkdown(model);
    expect(md).toContain('](<data:image/svg+xml,%3Csvg');
    expect(md).toContain('| Option | Nombre | % |');
    expect(md).toContain(`| Former les locataires | 3 | ${P(43)} |`);
    expect(md).toContain(`| \\<script>alert(1)\\</script> | 1 | ${P(14)} |`);
  });
});

describe('a closed main question', () => {
  it('gets its chart under the main question’s answers, from the definition’s mainQuestionKind', () => {
    const base = pollSession();
    const definition = { ...base.definition, mainQuestionKind: { kind: 'scale' as const, min: 0, max: 10 } };
    const answers = { ...base.answers };
    for (const a of Object.values(answers))
      if (a.questionId === 'main') answers[a.id] = { ...a, value: a.text.length % 11 } as typeof a;
    const m = buildReport({ ...base, definition, answers }, FORUM_NOW);
    const main = m.sections.find((s) => s.kind === 'mainAnswers');
    expect(main?.kind === 'mainAnswers' && main.chart?.kind).toBe('scale');
    expect(main?.kind === 'mainAnswers' && main.answers).toEqual([]);
    expect(renderHtml(m)).toMatch(
      /<section class="mainAnswers">\s*<h2>[^<]*<\/h2>\s*<figure class="chart" data-chart="scale">/,
    );
  });
});
