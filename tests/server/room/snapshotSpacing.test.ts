// ROOM SNAPSHOTS, SPACED: every SNAPSHOT_EVERY events while the log is short, then every quarter of
// the log, so the whole-state snapshots a growing session pays stay a bounded cost per event, and a
// reload never replays more than a fifth of the log (or SNAPSHOT_EVERY events) after its snapshot.
import { describe, expect, it } from 'vitest';
import type { Room } from '../../../server/room.js';
import { SNAPSHOT_EVERY, snapshotDue } from '../../../server/snapshots.js';

/** Commits `events` one at a time, taking a snapshot whenever one is due (as the committer does). */
function run(events: number) {
  const room = { seq: 0, triedSnapshotSeq: 0 } as Pick<Room, 'seq' | 'triedSnapshotSeq'>;
  const taken: number[] = [];
  let worstReplay = 0;
  for (let seq = 1; seq <= events; seq++) {
    (room as { seq: number }).seq = seq;
    if (snapshotDue(room as Room)) {
      room.triedSnapshotSeq = seq;
      taken.push(seq);
    }
    // A reload now reads the newest snapshot, then replays what came after it.
    worstReplay = Math.max(worstReplay, (seq - room.triedSnapshotSeq) / Math.max(seq, 5 * SNAPSHOT_EVERY));
  }
  return { taken, worstReplay };
}

describe('room snapshots spacing', () => {
  it('every SNAPSHOT_EVERY events in a short log, as before', () => {
    expect(run(4 * SNAPSHOT_EVERY).taken).toEqual([1, 2, 3, 4].map((k) => k * SNAPSHOT_EVERY));
  });

  it('a long log: few snapshots (their JSON stays a bounded cost per event), a short replay after each', () => {
    const { taken, worstReplay } = run(200_000);
    // Spaced by a quarter of the log: about log(200,000 / 2,000) / log(1.25) after the first four.
    expect(taken.length).toBeLessThan(30);
    // Total state serialized (each snapshot ~ its seq) per event stays a small multiple, not seq / 500.
    expect(taken.reduce((a, b) => a + b, 0) / 200_000).toBeLessThan(6);
    expect(worstReplay).toBeLessThanOrEqual(0.2);
  });
});
