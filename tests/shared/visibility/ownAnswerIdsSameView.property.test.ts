// A phone's snapshot from the ids of its answers (the room's index, which may also hold ids of
// answers since removed, or of someone else's) is the very snapshot the pass over every answer gives.
import { describe, expect, it } from 'vitest';
import { viewFor } from '../../../shared/visibility.js';
import { VIEWERS, simulate } from './simulate.js';

const SEEDS = Number(process.env.PALABRE_FUZZ_SEEDS ?? 40);
const STEPS = Number(process.env.PALABRE_FUZZ_STEPS ?? 150);
const FIRST_SEED = Number(process.env.PALABRE_FUZZ_SEED ?? 3000);

describe('visibility: viewFor with a phone’s answer ids', () => {
  it(`equals the full pass after every step, for ${SEEDS} seeded sessions`, () => {
    let withAnswers = 0;
    for (let seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
      simulate(seed, STEPS, ({ stepIndex, label, server }) => {
        const all = Object.keys(server.answers);
        for (const { name, viewer } of VIEWERS) {
          if (viewer.role !== 'participant') continue;
          const full = viewFor(server, viewer);
          const own = all.filter((id) => server.answers[id]!.participantId === viewer.participantId);
          if (own.length) withAnswers++;
          const where = `seed ${seed}, step ${stepIndex}, ${name}, after ${label}`;
          // Exactly its ids, reversed; and a superset with others' ids and ids that are gone.
          expect(viewFor(server, viewer, [...own].reverse()), where).toEqual(full);
          expect(viewFor(server, viewer, [...all, 'gone-1', 'toString', '__proto__']), where).toEqual(full);
        }
      });
    }
    expect(withAnswers).toBeGreaterThan(100);
  }, 180_000);
});
