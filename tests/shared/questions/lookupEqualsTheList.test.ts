// Question lookups without the list: findQuestion and questionIn (on every answer's path) give what
// searching allQuestions gives, on random definitions with shared ids, a round question named
// `main`, with and without a main question.
import { expect, it } from 'vitest';
import type { SessionDefinition } from '../../../shared/definition.js';
import { allQuestions, findQuestion, questionIn } from '../../../shared/questions.js';

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IDS = ['main', 'q1', 'q2', 'q3', 'poll', 'x'];

function definition(r: () => number): SessionDefinition {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const rounds = Array.from({ length: Math.floor(r() * 4) }, (_, k) => ({
    id: `r${k}`,
    title: `Round ${k}`,
    questions: Array.from({ length: Math.floor(r() * 4) }, (_, i) => ({
      id: pick(IDS),
      text: `Q ${k}.${i}`,
      ...(r() < 0.3 ? { kind: 'choice' as const, options: ['A', 'B'] } : {}),
    })),
  }));
  return {
    title: 't',
    language: 'en',
    mainQuestion: r() < 0.7 ? 'Main?' : '',
    ...(r() < 0.3 ? { mainQuestionKind: { kind: 'scale' as const, min: 1, max: 5 } } : {}),
    rounds,
    speakers: [],
  } as unknown as SessionDefinition;
}

it('findQuestion and questionIn equal a search of allQuestions', () => {
  for (let seed = 1; seed <= 500; seed++) {
    const d = definition(rng(seed));
    for (const id of [...IDS, 'missing']) {
      const listed = allQuestions(d).find((q) => q.id === id);
      expect(findQuestion(d, id), `seed ${seed}, ${id}`).toEqual(listed);
      expect(questionIn(d, id), `seed ${seed}, ${id}`).toBe(listed !== undefined);
    }
  }
});
