// FUZZ: random commands from every role, random disconnects and reloads; at the end every client
// holds viewFor(server state). FUZZ_SEED=<n> runs one seed; a failing seed is pinned as seed<N>.test.ts.
import { describe, it } from 'vitest';
import { runFuzz } from '../../helpers/fuzz.js';

const seeds = process.env.FUZZ_SEED ? process.env.FUZZ_SEED.split(',').map(Number) : [2, 3, 4, 5];
const steps = process.env.FUZZ_STEPS ? Number(process.env.FUZZ_STEPS) : 200;

describe('convergence fuzz', () => {
  it.each(seeds)(
    'seed %i: every client ends on its view of the server state',
    async (seed) => {
      await runFuzz(seed, { steps });
    },
    30_000,
  );
});
