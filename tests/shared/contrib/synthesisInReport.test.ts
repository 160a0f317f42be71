// The rapporteur's synthesis reaches the report: key messages, duplicates counted once with how
// many said it, and (when chosen) the answers grouped by theme with counts instead of by question.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/model.js';
import { renderMarkdown } from '../../../shared/report/markdown.js';
import { renderHtml } from '../../../shared/report/html.js';
import { Harness, MODERATOR, RAPPORTEUR, participant } from '../../helpers/domain.js';

function session(): Harness {
  const h = new Harness({ language: 'en' });
  h.ok(MODERATOR, { type: 'answering:open', questionIds: ['main', 'q1'] });
  const texts = [
    'Public funding for cooperatives over several years',
    'Cooperatives need public funding that lasts',
    'Train local officials in the social economy',
    'Public procurement open to cooperatives',
    'Training for officials, again',
  ];
  texts.forEach((text, i) => {
    h.join(`p${i}`, 'anonymous');
    h.advance(1_000).ok(participant(`p${i}`), {
      type: 'answer:submit',
      answerId: `a${i}`,
      questionId: i < 3 ? 'main' : 'q1',
      text,
    });
  });
  return h;
}

const kinds = (h: Harness) => buildReport(h.state, h.now).sections.map((s) => s.kind);

describe('synthesis in the report', () => {
  it('groups answers by theme with counts, when the rapporteur chooses it', () => {
    const h = session();
    h.ok(RAPPORTEUR, { type: 'theme:set', themeId: 't-fund', name: 'Funding' });
    h.ok(RAPPORTEUR, { type: 'theme:set', themeId: 't-train', name: 'Training' });
    h.ok(RAPPORTEUR, { type: 'answer:theme', answerIds: ['a0', 'a1', 'a3'], themeId: 't-fund' });
    h.ok(RAPPORTEUR, { type: 'answer:theme', answerIds: ['a2'], themeId: 't-train' });
    h.ok(RAPPORTEUR, { type: 'theme:set', themeId: 't-fund', name: 'Public funding' });
    expect(kinds(h)).toContain('mainAnswers');
    expect(kinds(h)).not.toContain('themes');

    h.ok(RAPPORTEUR, { type: 'report:order', by: 'theme' });
    const model = buildReport(h.state, h.now);
    expect(model.sections.map((s) => s.kind)).not.toContain('mainAnswers');
    const themes = model.sections.find((s) => s.kind === 'themes');
    expect(
      themes?.kind === 'themes' && themes.themes.map((t) => [t.name, t.count, t.answers.map((a) => a.id)]),
    ).toEqual([
      ['Public funding', '3 answers', ['a0', 'a1', 'a3']],
      ['Training', '1 answer', ['a2']],
      ['No theme', '1 answer', ['a4']],
    ]);
    expect(renderMarkdown(model)).toMatch(/### Public funding \\?\(3 answers\\?\)/);
    expect(renderHtml(model)).toContain('<h3>Training (1 answer)</h3>');
    // Back to the template's order.
    h.ok(RAPPORTEUR, { type: 'report:order', by: 'question' });
    expect(kinds(h)).toContain('mainAnswers');
  });

  it('lists key messages, and counts a duplicate for the answer it repeats', () => {
    const h = session();
    h.ok(RAPPORTEUR, { type: 'answer:duplicate', answerId: 'a1', of: 'a0' });
    h.ok(RAPPORTEUR, { type: 'answer:key', answerId: 'a0', key: true });
    const model = buildReport(h.state, h.now);
    const main = model.sections.find((s) => s.kind === 'mainAnswers');
    expect(main?.kind === 'mainAnswers' && main.answers.map((a) => [a.id, a.number, a.note ?? null])).toEqual([
      ['a0', 1, 'said 2 times'],
      ['a2', 2, null],
    ]);
    const keys = model.sections.find((s) => s.kind === 'keyMessages');
    expect(keys?.kind === 'keyMessages' && keys.answers.map((a) => a.text)).toEqual([
      'Public funding for cooperatives over several years',
    ]);
    expect(renderMarkdown(model)).toContain('## Key messages');
    // A kept answer cannot itself be marked a duplicate (one level only), nor a duplicate kept.
    expect(h.no(RAPPORTEUR, { type: 'answer:duplicate', answerId: 'a0', of: 'a2' })).toBe('invalid_state');
    expect(h.no(RAPPORTEUR, { type: 'answer:duplicate', answerId: 'a2', of: 'a1' })).toBe('invalid_state');
    // Undone: both count again.
    h.ok(RAPPORTEUR, { type: 'answer:duplicate', answerId: 'a1', of: null });
    const again = buildReport(h.state, h.now).sections.find((s) => s.kind === 'mainAnswers');
    expect(again?.kind === 'mainAnswers' && again.answers).toHaveLength(3);
  });

  it('a removed theme gives its answers back, nothing lost; synthesis stays off the projector and phones', async () => {
    const h = session();
    h.ok(RAPPORTEUR, { type: 'theme:set', themeId: 't1', name: 'Funding' });
    h.ok(RAPPORTEUR, { type: 'answer:theme', answerIds: ['a0'], themeId: 't1' });
    expect(h.no(RAPPORTEUR, { type: 'answer:theme', answerIds: ['a0'], themeId: 'nope' })).toBe('not_found');
    expect(h.no(RAPPORTEUR, { type: 'theme:set', themeId: 't2', name: '  ' })).toBe('invalid_payload');
    h.ok(RAPPORTEUR, { type: 'theme:remove', themeId: 't1' });
    expect(h.state.answers.a0).toMatchObject({
      themeId: null,
      text: 'Public funding for cooperatives over several years',
    });
    expect(h.state.themes).toEqual({});
    const { viewFor } = await import('../../../shared/visibility.js');
    h.ok(RAPPORTEUR, { type: 'theme:set', themeId: 't3', name: 'Training' });
    h.ok(RAPPORTEUR, { type: 'answer:theme', answerIds: ['a2'], themeId: 't3' });
    const projector = viewFor(h.state, { role: 'projector', participantId: null });
    expect(projector.themes).toBeUndefined();
    expect(projector.answers.a2).not.toHaveProperty('themeId');
  });
});
