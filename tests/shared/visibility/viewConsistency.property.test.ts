import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { viewFor } from '../../../shared/visibility.js';
import { VIEWERS, newStats, simulate, withoutSeq } from './simulate.js';

const SEEDS = Number(process.env.PALABRE_FUZZ_SEEDS ?? 120);
const STEPS = Number(process.env.PALABRE_FUZZ_STEPS ?? 150);
const FIRST_SEED = Number(process.env.PALABRE_FUZZ_SEED ?? 1);

describe('visibility: what each viewer builds from its visible events equals viewFor(server)', () => {
  it(`holds after every step, for ${SEEDS} seeded sessions of ${STEPS} steps`, () => {
    const stats = newStats();
    for (let seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
      simulate(
        seed,
        STEPS,
        ({ stepIndex, label, server, views }) => {
          for (const v of VIEWERS) {
            const built = views.get(v.name)!;
            const expected = viewFor(server, v.viewer);
            if (isDeepStrictEqual(withoutSeq(built), withoutSeq(expected)) && built.seq <= server.seq) continue;
            const where = `seed ${seed} (rerun with PALABRE_FUZZ_SEED=${seed} PALABRE_FUZZ_SEEDS=1), step ${stepIndex}, viewer ${v.name}, after: ${label}`;
            expect(built.seq, where).toBeLessThanOrEqual(server.seq);
            expect(withoutSeq(built), where).toStrictEqual(withoutSeq(expected));
          }
        },
        stats,
      );
    }
    // The run must actually exercise the interesting paths, or it proves nothing.
    if (SEEDS >= 100) {
      for (const t of [
        'aq:asked',
        'aq:published',
        'aq:voted',
        'aq:merged',
        'aq:hidden',
        'aq:pinned',
        'aq:answered',
        'aq:replyRemoved',
        'aq:withdrawn',
        'aq:curated',
        'answer:submitted',
        'answer:edited',
        'answer:withdrawn',
        'answer:moderated',
        'answer:curated',
        'turn:started',
        'turn:paused',
        'turn:resumed',
        'turn:ended',
        'notes:saved',
        'session:ended',
        'participant:updated',
        'definition:updated',
        // The wall on phones (issue 15).
        'wall:shown',
        'wall:updated',
        'answer:plusOned',
        'wall:ordered',
      ]) {
        expect(stats.events.get(t) ?? 0, `event ${t} never happened`).toBeGreaterThan(0);
      }
      for (const n of [
        'hide pending',
        'merge unpublished duplicate',
        'publish curated',
        'republish hidden',
        'answer hidden',
        'restart turn',
        'plusOne taken back',
      ]) {
        expect(stats.notable.get(n) ?? 0, `situation "${n}" never happened`).toBeGreaterThan(0);
      }
    }
  }, 180_000);
});
