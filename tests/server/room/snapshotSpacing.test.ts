// ROOM SNAPSHOTS, SPACED: every SNAPSHOT_EVERY events while the log is short, then every quarter of
// the log, so the whole-state snapshots a growing session pays stay a bounded cost per event, and a
// reload never replays more than a fifth of the log (or SNAPSHOT_EVERY events) after its snapshot.
import { describe, expect, it } from 'vitest';
import type { Room } from '../../../server/room.js';
import {
  SNAPSHOT_EVERY,
  SNAPSHOT_MIN_INTERVAL_MS,
  SNAPSHOT_SPACING,
  SNAPSHOT_TIME_FLOOR_FROM,
  snapshotDue,
} from '../../../server/snapshots.js';

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

  it('a big room under a burst: at most one snapshot per interval, and a reload replays at most half the log', () => {
    // 1,000 events a second for 60 s after a quiet start, as in the bench's saturation phase.
    const room = { seq: 0, triedSnapshotSeq: 0, triedSnapshotAt: 0 };
    const taken: { seq: number; at: number }[] = [];
    let worstReplay = 0;
    for (let seq = 1; seq <= 60_000; seq++) {
      const now = 1_000_000 + seq; // one event per ms
      room.seq = seq;
      if (snapshotDue(room, SNAPSHOT_EVERY, now)) {
        room.triedSnapshotSeq = seq;
        room.triedSnapshotAt = now;
        taken.push({ seq, at: now });
      }
      worstReplay = Math.max(worstReplay, (seq - room.triedSnapshotSeq) / Math.max(seq, 5 * SNAPSHOT_EVERY));
    }
    const big = taken.filter((t) => t.seq > SNAPSHOT_TIME_FLOOR_FROM);
    // Without the clock the same burst takes one every quarter of the log.
    const byCount = run(60_000).taken.filter((seq) => seq > SNAPSHOT_TIME_FLOOR_FROM);
    expect(big.length).toBeLessThan(byCount.length);
    for (let i = 1; i < big.length; i++) {
      const gap = big[i]!.at - big[i - 1]!.at;
      // Spaced by the interval, or forced by four thresholds of events (a quarter of the log each).
      const quarter = Math.floor(big[i - 1]!.seq / SNAPSHOT_SPACING);
      if (gap < SNAPSHOT_MIN_INTERVAL_MS)
        expect(big[i]!.seq - big[i - 1]!.seq).toBeGreaterThanOrEqual(SNAPSHOT_SPACING * quarter);
    }
    expect(worstReplay).toBeLessThanOrEqual(0.5);
    // Small rooms are not held back: their first snapshots come every SNAPSHOT_EVERY events.
    expect(taken.slice(0, 4).map((t) => t.seq)).toEqual([1, 2, 3, 4].map((k) => k * SNAPSHOT_EVERY));
  });
});
