// The setup editor's pure model: ids for loaded and new items, moves across rounds, and the mapping
// of validation issues to the field the moderator must fix.
import { describe, expect, it } from 'vitest';
import {
  DEFINITION_DEFAULTS,
  LIMITS,
  defaultDefinition,
  parseDefinition,
  type SessionDefinition,
} from '../../../shared/definition.js';
import {
  definitionFromJson,
  fieldId,
  moveQuestion,
  newItemId,
  questionStep,
  toEditable,
  usedIds,
  validate,
} from '../../../client/setup/model.js';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';

const ID = /^[A-Za-z0-9_-]+$/;
const sample = (): SessionDefinition => {
  const r = parseDefinition(SAMPLE_DEFINITION);
  if (!r.ok) throw new Error('sample invalid');
  return r.definition;
};

describe('setup model', () => {
  it('keeps valid unique ids and replaces missing, invalid or duplicate ones with fresh valid ids', () => {
    const d = toEditable({
      title: 'T',
      rounds: [
        {
          id: 'r1',
          title: 'R1',
          questions: [
            { id: 'q1', text: 'a' },
            { id: 'q1', text: 'dup' },
            { text: 'no id' },
            { id: 'bad id!', text: 'bad' },
          ],
        },
        { title: 'R2', questions: ['plain string question'] },
      ],
      speakers: [
        { id: 's1', name: 'A' },
        { id: 'main', name: 'B' },
        { name: 'C', minutes: '7' },
      ],
    });
    const ids = [
      ...d.rounds.map((r) => r.id),
      ...d.rounds.flatMap((r) => r.questions.map((q) => q.id)),
      ...d.speakers.map((s) => s.id),
    ];
    for (const id of ids) expect(id).toMatch(ID);
    expect(new Set(ids).size).toBe(ids.length);
    expect(d.rounds[0]!.id).toBe('r1');
    expect(d.rounds[0]!.questions[0]!.id).toBe('q1');
    expect(d.rounds[0]!.questions[1]!.id).not.toBe('q1');
    expect(d.rounds[1]!.questions[0]!.text).toBe('plain string question');
    expect(d.speakers[0]!.id).toBe('s1');
    expect(d.speakers[1]!.id).not.toBe('main');
    expect(d.speakers[2]!.minutes).toBe(7);
    expect(validate(d).ok).toBe(true);
  });

  it("fills what a definition leaves out with the schema's own defaults", () => {
    expect(toEditable({})).toEqual(defaultDefinition());
    const speaker = toEditable({ speakers: [{ id: 's1', name: 'A' }] }).speakers[0]!;
    const parsed = parseDefinition({ speakers: [{ id: 's1', name: 'A' }] });
    expect(parsed.ok && parsed.definition.speakers[0]).toEqual(speaker);
    expect(speaker.minutes).toBe(DEFINITION_DEFAULTS.speakerMinutes);
    // Values outside the enumerations fall back to the same defaults the schema gives a missing field.
    const odd = toEditable({ language: 'de', identity: 'x', audienceQuestions: 'x', moderation: 'x', timeZone: '' });
    expect(odd).toEqual(defaultDefinition());
  });

  it('never changes the ids of a valid definition (a live session refers to them)', () => {
    const d = sample();
    expect(toEditable(d)).toEqual(d);
  });

  it('new ids are unique and valid', () => {
    const taken = usedIds(sample());
    const fresh = Array.from({ length: 200 }, () => newItemId('q', taken));
    expect(new Set(fresh).size).toBe(200);
    for (const id of fresh) expect(id).toMatch(ID);
    for (const id of ['r1', 'r1q1', 's1', 'main']) expect(fresh).not.toContain(id);
  });

  it('moving a question past the end of its round takes it to the next round, and back', () => {
    const d = sample();
    const down = questionStep(d, 0, 1, 1);
    expect(down).toEqual({ ri: 1, qi: 0 });
    const rounds = moveQuestion(d, { ri: 0, qi: 1 }, down!);
    expect(rounds.map((r) => r.questions.map((q) => q.id))).toEqual([['r1q1'], ['r1q2', 'r2q1']]);
    const moved = { ...d, rounds };
    expect(questionStep(moved, 1, 0, -1)).toEqual({ ri: 0, qi: 1 });
    expect(questionStep(d, 0, 0, -1)).toBeNull();
    expect(questionStep(d, 1, 0, 1)).toBeNull();
    // The original is untouched.
    expect(d.rounds[0]!.questions).toHaveLength(2);
  });

  it('names the field at fault with an explainable problem', () => {
    const d = toEditable(sample());
    d.title = 'x'.repeat(LIMITS.shortText + 5);
    d.timeZone = 'Mars/Olympus';
    d.speakers[1]!.minutes = 0;
    d.speakers[0]!.name = '  ';
    d.rounds[1]!.questions[0]!.text = '';
    d.event.year = 12;
    d.maxAnswerLength = NaN;
    const r = validate(d);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byField = new Map(r.problems.map((p) => [p.fieldId, p]));
    expect(byField.get(fieldId.top('title'))).toMatchObject({
      code: 'tooLong',
      vars: { max: LIMITS.shortText, count: LIMITS.shortText + 5 },
    });
    expect(byField.get(fieldId.top('timeZone'))?.code).toBe('timeZone');
    expect(byField.get(fieldId.speaker('s2', 'minutes'))).toMatchObject({
      code: 'minutes',
      ref: { kind: 'speaker', index: 1, field: 'minutes' },
    });
    expect(byField.get(fieldId.speaker('s1', 'name'))?.code).toBe('speakerName');
    expect(byField.get(fieldId.question('r2q1'))).toMatchObject({
      code: 'questionText',
      ref: { kind: 'question', round: 1, index: 0 },
    });
    expect(byField.get(fieldId.top('event.year'))?.code).toBe('year');
    expect(byField.get(fieldId.top('maxAnswerLength'))?.code).toBe('answerLength');
  });

  it('reads a bare definition or a session archive from JSON, and refuses anything else', () => {
    expect(definitionFromJson({ version: 1, code: 'ABC', definition: { title: 'x' } })).toEqual({ title: 'x' });
    expect(definitionFromJson({ title: 'x', speakers: [] })).toEqual({ title: 'x', speakers: [] });
    expect(definitionFromJson([1, 2])).toBeNull();
    expect(definitionFromJson({ hello: 'world' })).toBeNull();
    expect(definitionFromJson('text')).toBeNull();
  });
});
