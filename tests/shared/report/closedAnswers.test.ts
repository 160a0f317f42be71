// Closed answers in the report: the CSV gives each vote in words (option labels, the value, the
// words); the report lists no empty answer for a closed question (its tally is drawn instead).
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../../shared/report/csv.js';
import { buildReport } from '../../../shared/report/model.js';
import { parseCsv } from '../../fixtures/report/csvParse.js';
import { kindSession } from '../kinds/kindSession.js';

describe('report: closed answers', () => {
  const { h, p1, p2 } = kindSession();
  h.ok(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qc', choices: [1] });
  h.ok(p2, { type: 'answer:submit', answerId: 'a2', questionId: 'qr', order: [2, 0] });
  h.ok(p1, { type: 'answer:submit', answerId: 'a3', questionId: 'qw', words: ['Trust', 'Local food'] });
  h.ok(p2, { type: 'answer:submit', answerId: 'a4', questionId: 'qs', value: 7 });
  h.ok(p2, { type: 'answer:submit', answerId: 'a5', questionId: 'qt', text: 'Markets' });

  it('writes each closed answer in words in the CSV', () => {
    const rows = parseCsv(renderCsv(h.state).replace(/^\uFEFF/, ''));
    expect(rows.slice(1).map((r) => r[5])).toEqual([
      'Markets',
      'Housing',
      '7',
      'Trust · Local food',
      'Training > Finance',
    ]);
  });

  it('lists no answer text for a closed question', () => {
    const report = buildReport(h.state, h.now);
    const section = report.sections.find((x) => x.kind === 'guidingAnswers');
    if (section?.kind !== 'guidingAnswers') throw new Error('no guiding answers');
    const questions = section.rounds.flatMap((r) => r.questions);
    expect(questions.find((q) => q.id === 'qt')?.answers.map((a) => a.text)).toEqual(['Markets']);
    expect(questions.filter((q) => q.id !== 'qt').every((q) => q.answers.length === 0)).toBe(true);
  });
});
