import { describe, expect, it } from 'vitest';
import { isClosedQuestion, isRevealed } from '../../../shared/kinds.js';
import { VIEWERS, newStats, simulate } from './simulate.js';

const SEEDS = Number(process.env.PALABRE_FUZZ_SEEDS ?? 100);

describe('visibility: no phone sees a closed question’s results before the reveal, nor others’ votes', () => {
  it(`holds after every step, for ${SEEDS} seeded sessions`, () => {
    const stats = newStats();
    let revealedSeen = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      simulate(
        seed,
        150,
        ({ server, views, label }) => {
          for (const v of VIEWERS) {
            const view = views.get(v.name)!;
            const where = `seed ${seed}, viewer ${v.name}, after ${label}`;
            if (v.viewer.role === 'participant') {
              for (const q of Object.keys(view.results ?? {})) {
                expect(isRevealed(server, q), where).toBe(true);
                revealedSeen++;
              }
            }
            if (v.viewer.role === 'participant' || v.viewer.role === 'projector') {
              for (const a of Object.values(view.answers)) {
                if (isClosedQuestion(server, a.questionId)) expect(a.participantId, where).toBe(v.viewer.participantId);
              }
            }
          }
        },
        stats,
      );
    }
    // The run must reach both sides: tallies held back, and tallies shown to phones.
    expect(stats.events.get('results:updated') ?? 0).toBeGreaterThan(0);
    expect(stats.events.get('results:revealed') ?? 0).toBeGreaterThan(0);
    expect(revealedSeen).toBeGreaterThan(0);
  });
});
