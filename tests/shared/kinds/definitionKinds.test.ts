import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DefinitionSchema, parseDefinition } from '../../../shared/definition.js';
import { allQuestions } from '../../../shared/questions.js';

const round = (q: object) => ({ rounds: [{ id: 'r1', title: 'R', questions: [{ id: 'q1', text: 'Q', ...q }] }] });
const opts = (n: number) => Array.from({ length: n }, (_, i) => `Option ${i + 1}`);

describe('definition: question kinds and their limits', () => {
  it('leaves a definition without kinds exactly as before (no key added)', () => {
    const d = v.parse(DefinitionSchema, { mainQuestion: 'Why?', ...round({}) });
    expect(d.rounds[0]!.questions[0]).toEqual({ id: 'q1', text: 'Q' });
    expect('mainQuestionKind' in d).toBe(false);
    expect('results' in d).toBe(false);
  });

  it('takes 2–12 options for a choice and up to 8 for a rank', () => {
    expect(parseDefinition(round({ kind: 'choice', options: opts(2) })).ok).toBe(true);
    expect(parseDefinition(round({ kind: 'choice', options: opts(12), multiple: true, other: true })).ok).toBe(true);
    expect(parseDefinition(round({ kind: 'choice', options: opts(1) })).ok).toBe(false);
    expect(parseDefinition(round({ kind: 'choice', options: opts(13) })).ok).toBe(false);
    expect(parseDefinition(round({ kind: 'rank', options: opts(8) })).ok).toBe(true);
    expect(parseDefinition(round({ kind: 'rank', options: opts(9) })).ok).toBe(false);
    expect(parseDefinition(round({ kind: 'choice', options: ['A', ''] })).ok).toBe(false);
  });

  it('takes a scale with min below max, and names the field at fault otherwise', () => {
    expect(parseDefinition(round({ kind: 'scale', min: 0, max: 10, minLabel: 'No', maxLabel: 'Yes' })).ok).toBe(true);
    expect(parseDefinition(round({ kind: 'scale' })).ok).toBe(true);
    const r = parseDefinition(round({ kind: 'scale', min: 5, max: 5 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.path).toMatch(/^rounds\.0\.questions\.0/);
    expect(parseDefinition(round({ kind: 'poll' })).ok).toBe(false);
  });

  it('gives the main question its kind through mainQuestionKind', () => {
    const r = parseDefinition({
      mainQuestion: 'Which first?',
      mainQuestionKind: { kind: 'choice', options: ['A', 'B'] },
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(allQuestions(r.definition)[0]).toMatchObject({ id: 'main', kind: 'choice', options: ['A', 'B'] });
    expect(parseDefinition({ mainQuestion: 'X', mainQuestionKind: { kind: 'rank', options: ['A'] } }).ok).toBe(false);
  });
});
