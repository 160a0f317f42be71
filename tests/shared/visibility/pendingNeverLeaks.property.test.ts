import { describe, expect, it } from 'vitest';
import { PIDS, VIEWERS, simulate } from './simulate.js';

const SEEDS = Number(process.env.PALABRE_FUZZ_SEEDS ?? 100);
const STEPS = Number(process.env.PALABRE_FUZZ_STEPS ?? 150);
const FIRST_SEED = Number(process.env.PALABRE_FUZZ_SEED ?? 1000);

// Approve-first moderation: a question nobody approved reaches only the staff and its asker, never
// another participant's phone nor the projector, whatever happens to it afterwards (hidden, merged…).
describe('visibility: unapproved audience questions never reach others', () => {
  it(`holds after every step, for ${SEEDS} seeded sessions`, () => {
    let checkedPending = 0;
    for (let seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
      simulate(seed, STEPS, ({ stepIndex, label, server, views, published }) => {
        for (const v of VIEWERS) {
          if (v.viewer.role === 'moderator' || v.viewer.role === 'rapporteur') continue;
          const seen = views.get(v.name)!.audienceQuestions;
          for (const q of Object.values(server.audienceQuestions)) {
            if (published.has(q.id) || q.participantId === v.viewer.participantId) continue;
            checkedPending++;
            expect(
              seen[q.id],
              `seed ${seed}, step ${stepIndex}, ${v.name} holds unapproved ${q.id} (${q.status}) after: ${label}`,
            ).toBeUndefined();
          }
          for (const q of Object.values(seen)) {
            expect(
              q.status === 'pending' && q.participantId !== v.viewer.participantId,
              `seed ${seed}, step ${stepIndex}, ${v.name} holds someone else's pending ${q.id}`,
            ).toBe(false);
          }
        }
      });
    }
    expect(checkedPending).toBeGreaterThan(100);
    expect(PIDS.length).toBeGreaterThan(2);
  }, 180_000);
});
