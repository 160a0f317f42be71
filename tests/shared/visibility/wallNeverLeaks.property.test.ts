import { describe, expect, it } from 'vitest';
import { onWall } from '../../../shared/answers.js';
import { isWallShown } from '../../../shared/wall.js';
import { VIEWERS, newStats, simulate } from './simulate.js';

const SEEDS = Number(process.env.PALABRE_FUZZ_SEEDS ?? 100);

describe('visibility: no phone holds another’s answer the wall does not show, nor anyone’s +1', () => {
  it(`holds after every step, for ${SEEDS} seeded sessions`, () => {
    const stats = newStats();
    let entriesSeen = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      simulate(
        seed,
        150,
        ({ server, views, label }) => {
          for (const v of VIEWERS) {
            if (v.viewer.role !== 'participant') continue;
            const view = views.get(v.name)!;
            const where = `seed ${seed}, viewer ${v.name}, after ${label}`;
            // A wall only while shown; in it only answers the projector's wall shows (hidden,
            // withdrawn and unapproved ones leave in the same batch), and no author id.
            for (const [q, entries] of Object.entries(view.wall ?? {})) {
              expect(isWallShown(server, q), where).toBe(true);
              for (const e of Object.values(entries)) {
                const a = server.answers[e.id];
                expect(a && onWall(server, a), where).toBe(true);
                if (a!.participantId) expect(JSON.stringify(e), where).not.toContain(`"${a!.participantId}"`);
                entriesSeen++;
              }
            }
            // Its own +1s only.
            for (const ids of Object.values(view.plusOnes ?? {})) expect(ids, where).toEqual([v.viewer.participantId]);
            // Answers: its own only.
            for (const a of Object.values(view.answers)) expect(a.participantId, where).toBe(v.viewer.participantId);
          }
        },
        stats,
      );
    }
    expect(stats.events.get('wall:updated') ?? 0).toBeGreaterThan(0);
    expect(entriesSeen).toBeGreaterThan(0);
  });
});
