import { describe, expect, it } from 'vitest';
import { defaultDefinition, parseDefinition } from '../../../shared/definition.js';
import { definitionInput } from '../../helpers/domain.js';

const HUGE = 'x'.repeat(20_001);
const fails = (x: unknown) => {
  const r = parseDefinition(x);
  return !r.ok;
};

describe('schemas: hostile session definitions', () => {
  it('a full valid definition passes, and nothing at all gives the defaults', () => {
    const r = parseDefinition(definitionInput());
    expect(r.ok).toBe(true);
    expect(parseDefinition(undefined)).toEqual({ ok: true, definition: defaultDefinition() });
    expect(parseDefinition({})).toEqual({ ok: true, definition: defaultDefinition() });
  });

  it('null, arrays and non-objects are refused', () => {
    for (const x of [null, [], [definitionInput()], 'title', 42, true, NaN])
      expect(fails(x), JSON.stringify(x)).toBe(true);
  });

  it('wrong types are refused, naming the field at fault', () => {
    const r = parseDefinition({ title: 42, speakers: 'Aminata', rounds: {}, language: 'de', identity: 'secret' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.issues.map((i) => i.path);
    for (const p of ['title', 'speakers', 'rounds', 'language', 'identity']) expect(paths).toContain(p);
  });

  it('speakers and questions missing their id or name are refused', () => {
    expect(fails({ speakers: [{ name: 'A' }] })).toBe(true);
    expect(fails({ speakers: [{ id: 's1' }] })).toBe(true);
    expect(fails({ rounds: [{ id: 'r1', title: 'R', questions: [{ text: 'Q' }] }] })).toBe(true);
    expect(fails({ rounds: [{ title: 'R', questions: [] }] })).toBe(true);
    expect(fails({ rounds: [[]] })).toBe(true);
    expect(fails({ speakers: [null] })).toBe(true);
  });

  it('ids with spaces, markup or past 64 characters are refused', () => {
    for (const id of ['', 's 1', '<script>alert(1)</script>', 'a'.repeat(65), 'x/y', 'ü']) {
      expect(fails({ speakers: [{ id, name: 'A' }] }), JSON.stringify(id)).toBe(true);
      expect(fails({ rounds: [{ id: 'r1', title: 'R', questions: [{ id, text: 'Q' }] }] }), JSON.stringify(id)).toBe(
        true,
      );
    }
  });

  it('extra-huge strings are refused', () => {
    expect(fails({ background: HUGE })).toBe(true);
    expect(fails({ objectives: HUGE })).toBe(true);
    expect(fails({ title: 't'.repeat(301) })).toBe(true);
    expect(fails({ mainQuestion: 'q'.repeat(2_001) })).toBe(true);
    expect(fails({ speakers: [{ id: 's1', name: 'A', description: HUGE }] })).toBe(true);
    // Within the limits they pass.
    expect(fails({ background: 'x'.repeat(20_000), title: 't'.repeat(300) })).toBe(false);
  });

  it('NaN, Infinity, fractions and out-of-range numbers are refused', () => {
    for (const n of [NaN, Infinity, -Infinity, 2.5, 0, 241, '10']) {
      expect(fails({ speakers: [{ id: 's1', name: 'A', minutes: n }] }), `minutes ${n}`).toBe(true);
    }
    for (const n of [NaN, Infinity, 19, 20_001, 100.5])
      expect(fails({ maxAnswerLength: n }), `maxAnswerLength ${n}`).toBe(true);
    for (const n of [NaN, Infinity, 1899, 3001, 2021.5]) expect(fails({ event: { year: n } }), `year ${n}`).toBe(true);
  });

  it('too many speakers, rounds or questions are refused', () => {
    expect(fails({ speakers: Array.from({ length: 31 }, (_, i) => ({ id: `s${i}`, name: `S${i}` })) })).toBe(true);
    expect(fails({ rounds: Array.from({ length: 11 }, (_, i) => ({ id: `r${i}`, title: 'R', questions: [] })) })).toBe(
      true,
    );
    expect(
      fails({
        rounds: [
          { id: 'r1', title: 'R', questions: Array.from({ length: 31 }, (_, i) => ({ id: `q${i}`, text: 'Q' })) },
        ],
      }),
    ).toBe(true);
  });

  it('invalid dates, times and time zones are refused', () => {
    expect(fails({ date: '2021-13-01' })).toBe(true);
    expect(fails({ date: '21/10/2021' })).toBe(true);
    expect(fails({ startTime: '24:00' })).toBe(true);
    expect(fails({ endTime: '9:30' })).toBe(true);
    expect(fails({ timeZone: 'Mars/Olympus_Mons' })).toBe(true);
    expect(fails({ date: '2021-10-21', startTime: '11:00', endTime: '12:30', timeZone: 'Asia/Seoul' })).toBe(false);
  });

  it('nested junk is refused', () => {
    expect(fails({ event: 'GSEF' })).toBe(true);
    expect(fails({ event: { year: { $gt: 0 } } })).toBe(true);
    expect(fails({ moderator: { name: ['A'] } })).toBe(true);
    expect(fails({ rounds: [{ id: 'r1', title: 'R', questions: [{ id: 'q1', text: { toString: 'x' } }] }] })).toBe(
      true,
    );
  });
});
