import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CommandEnvelopeSchema } from '../../../shared/commands.js';
import { validCommands } from '../../helpers/domain.js';

const HUGE = 'x'.repeat(20_001);
const BAD_IDS: unknown[] = [
  '',
  'has space',
  ' lead',
  'trail\n',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../etc/passwd',
  'a/b',
  'é',
  'a'.repeat(65),
  HUGE,
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  12,
  null,
  true,
  ['a1'],
  { id: 'a1' },
];
const NULLABLE = new Set(['speakerId', 'correctedText', 'of']);
const isIdField = (f: string) => /Id$|^into$/.test(f);

/** Values of the wrong type or shape for a field, given a valid value for it. */
function junkFor(field: string, original: unknown): unknown[] {
  const nested = { nested: { deep: [1, { x: null }] } };
  const nul: unknown[] = NULLABLE.has(field) ? [] : [null];
  if (original === null) return [1, true, [], {}, ...(isIdField(field) ? BAD_IDS.filter((b) => b !== null) : [HUGE])];
  if (typeof original === 'number') return [NaN, Infinity, -Infinity, 1.5, '1', true, null, [], {}, [1]];
  if (typeof original === 'boolean') return ['true', 1, 0, null, [], {}, [true]];
  if (typeof original === 'string') {
    const wrong: unknown[] = [1, true, [], [original], {}, nested, { toString: original }, ...nul];
    return isIdField(field) ? [...wrong, ...BAD_IDS] : [...wrong, HUGE];
  }
  if (Array.isArray(original))
    return [
      'q1',
      null,
      {},
      [null],
      [1],
      [['a']],
      [{}],
      [HUGE],
      ['<script>'],
      ['a b'],
      Array.from({ length: 101 }, (_, i) => `i${i}`),
    ];
  // Objects (phase, definition). Note: valibot's object() treats an array as an object with no keys,
  // so `definition: []` is the empty definition, like `{}` (see the report; harmless).
  return [null, 'x', 1, true, ...(field === 'phase' ? [[], {}, nested] : [])];
}

const rejects = (envelope: unknown) => !v.safeParse(CommandEnvelopeSchema, envelope).success;

describe('schemas: hostile command envelopes are rejected', () => {
  it('not an envelope at all', () => {
    for (const x of [
      null,
      undefined,
      0,
      'phase:set',
      [],
      [{ id: 'c1', command: { type: 'session:end' } }],
      NaN,
      () => 1,
    ]) {
      expect(rejects(x), String(x)).toBe(true);
    }
  });

  it('a missing, wrong-typed or hostile envelope id', () => {
    expect(rejects({ command: { type: 'session:end' } })).toBe(true);
    for (const id of BAD_IDS) expect(rejects({ id, command: { type: 'session:end' } }), JSON.stringify(id)).toBe(true);
  });

  it('a missing, unknown or wrong-typed command', () => {
    for (const command of [
      undefined,
      null,
      [],
      'session:end',
      42,
      {},
      { type: 'session:destroy' },
      { type: 'SESSION:END' },
      { type: ['session:end'] },
      { type: null },
      { kind: 'session:end' },
    ]) {
      expect(rejects({ id: 'c1', command }), JSON.stringify(command)).toBe(true);
    }
  });

  // Mutates each field of each valid command: every mutation must be refused.
  for (const command of validCommands()) {
    const fields = Object.keys(command).filter((k) => k !== 'type');
    if (!fields.length) continue;
    it(`${command.type}: every field removed or replaced by junk or a hostile id`, () => {
      for (const f of fields) {
        const original = (command as Record<string, unknown>)[f];
        const { [f]: _drop, ...rest } = command as Record<string, unknown>;
        const optional = v.safeParse(CommandEnvelopeSchema, { id: 'c1', command: rest }).success;
        if (!optional) expect(rejects({ id: 'c1', command: rest }), `${command.type} without ${f}`).toBe(true);
        for (const junk of junkFor(f, original)) {
          expect(
            rejects({ id: 'c1', command: { ...command, [f]: junk } }),
            `${command.type}.${f} = ${JSON.stringify(junk)?.slice(0, 40)}`,
          ).toBe(true);
        }
      }
    });
  }

  it('extra-huge strings (> 20,000 chars) are refused in every text field', () => {
    const cases = [
      { type: 'answer:submit', answerId: 'a1', questionId: 'q1', text: HUGE },
      { type: 'answer:edit', answerId: 'a1', text: HUGE },
      { type: 'aq:ask', questionId: 'x1', speakerId: null, text: HUGE },
      { type: 'aq:answer', questionId: 'x1', replyId: 'r1', by: 'A', gist: HUGE },
      { type: 'aq:answer', questionId: 'x1', replyId: 'r1', by: 'b'.repeat(301), gist: 'g' },
      { type: 'notes:save', speakerId: 's1', text: HUGE, baseRev: 0 },
      { type: 'answer:curate', answerId: 'a1', correctedText: HUGE },
      { type: 'aq:curate', questionId: 'x1', correctedText: HUGE },
      { type: 'conclusion:set', text: HUGE },
      { type: 'participantsExtra:set', text: 'p'.repeat(301) },
      { type: 'profile:set', name: 'n'.repeat(301), organization: '', country: '', language: 'fr', anonymous: false },
    ];
    for (const command of cases) expect(rejects({ id: 'c1', command }), command.type).toBe(true);
  });

  it('NaN, Infinity, fractions, negatives and out-of-range numbers are refused', () => {
    for (const n of [NaN, Infinity, -Infinity, 1.5, -1, 24 * 3_600_000 + 1, Number.MAX_VALUE, '60000']) {
      expect(rejects({ id: 'c1', command: { type: 'timer:start', durationMs: n } }), `durationMs ${n}`).toBe(true);
      expect(rejects({ id: 'c1', command: { type: 'timer:reset', durationMs: n } }), `reset ${n}`).toBe(true);
    }
    for (const n of [NaN, Infinity, -Infinity, 1.5, -1, '3']) {
      expect(
        rejects({ id: 'c1', command: { type: 'notes:save', speakerId: 's1', text: '', baseRev: n } }),
        `baseRev ${n}`,
      ).toBe(true);
    }
    for (const n of [NaN, Infinity, 0.5, 3_600_001, -3_600_001]) {
      expect(rejects({ id: 'c1', command: { type: 'timer:adjust', deltaMs: n } }), `deltaMs ${n}`).toBe(true);
    }
  });

  it('arrays where objects belong, and junk nested in phases and lists', () => {
    const cases: unknown[] = [
      { type: 'phase:set', phase: [] },
      { type: 'phase:set', phase: ['question', 'q1'] },
      { type: 'phase:set', phase: { kind: 'question' } },
      { type: 'phase:set', phase: { kind: 'speaker', speakerId: '<script>' } },
      { type: 'phase:set', phase: { kind: 'question', questionId: { $gt: '' } } },
      { type: 'phase:set', phase: { kind: 'warp' } },
      { type: 'answering:open', questionIds: [] },
      { type: 'answering:open', questionIds: 'q1' },
      { type: 'answering:open', questionIds: [['q1']] },
      { type: 'answering:open', questionIds: Array.from({ length: 101 }, (_, i) => `q${i}`) },
      { type: 'speakers:reorder', order: Array.from({ length: 101 }, (_, i) => `s${i}`) },
      { type: 'speakers:reorder', order: ['s1', null] },
      { type: 'definition:update', definition: { speakers: [{ id: 's 1', name: 'A' }] } },
      { type: 'definition:update', definition: { rounds: [[]] } },
      { type: 'definition:update', definition: null },
      { type: 'profile:set', name: 'A', organization: 'B', country: 'C', language: 'de', anonymous: false },
      { type: 'profile:set', name: 'A', organization: 'B', country: 'C', language: 'fr', anonymous: 'false' },
      { type: 'aq:vote', questionId: 'x1', up: 1 },
    ];
    for (const command of cases)
      expect(rejects({ id: 'c1', command }), JSON.stringify(command).slice(0, 80)).toBe(true);
  });
});
