// Room snapshots (store rule R9): a loaded room's committed state is saved every SNAPSHOT_EVERY
// events (by the committer, after a commit returned) and when the room is unloaded (by the
// registry), so a reload reads the snapshot and only the events after it. A save is never part of
// a commit: it runs on its own, and a failure is logged, never fatal (the log is the truth; the
// next save, or a full replay, covers for it).
import type { SessionState } from '../shared/state.js';
import { upgradeAqs } from '../shared/state.js';
import type { Logger } from './log.js';
import type { Room } from './room.js';
import type { Snapshot, SessionStore } from './store/sessionStore.js';

/** Events between two snapshots of a loaded room. */
export const SNAPSHOT_EVERY = 500;

/**
 * Saves the room's committed state now (serialized synchronously, so later commits do not change
 * it). Resolves once saved or failed (never rejects); undefined when there is nothing to save.
 */
export function saveRoomSnapshot(
  store: SessionStore,
  room: Room,
  log: Logger,
  why: 'every' | 'unload',
): Promise<void> | undefined {
  const snap = room.snapshotJson();
  // Unloading saves whatever moved since the last stored snapshot (a failed periodic save included).
  if (!snap || snap.seq <= (why === 'unload' ? room.savedSnapshotSeq : room.triedSnapshotSeq)) return undefined;
  room.triedSnapshotSeq = Math.max(room.triedSnapshotSeq, snap.seq);
  return store.saveSnapshot(room.code, snap.seq, snap.json).then(
    () => {
      room.savedSnapshotSeq = Math.max(room.savedSnapshotSeq, snap.seq);
      log('debug', 'snapshot saved', { code: room.code, seq: snap.seq, why });
    },
    (e: unknown) => log('warn', 'snapshot save failed', { code: room.code, seq: snap.seq, why, err: String(e) }),
  );
}

/**
 * A snapshot costs the whole state (JSON on the event loop, then a write), so past the first few
 * they are spaced by a quarter of the log: each event pays a bounded share of them however big the
 * session grows (at SNAPSHOT_EVERY alone, a 15,000-answer session spent 6% of the server's CPU
 * serializing at saturation), and a reload still replays at most a fifth of the log.
 */
export const SNAPSHOT_SPACING = 4;

/** Past this many events a room's state is big (its JSON takes tens of ms): snapshots are also spaced in time. */
export const SNAPSHOT_TIME_FLOOR_FROM = 5_000;
/** A big room under a burst of events is snapshotted at most this often (unless SNAPSHOT_SPACING thresholds pass). */
export const SNAPSHOT_MIN_INTERVAL_MS = 10_000;

/**
 * Whether the room moved far enough past its last snapshot (saved or attempted): SNAPSHOT_EVERY
 * events, or a quarter of the log. With `now`, a big room (SNAPSHOT_TIME_FLOOR_FROM events) waits
 * SNAPSHOT_MIN_INTERVAL_MS after its last one, unless SNAPSHOT_SPACING times that many events came
 * since (a reload then replays at most half the log): under a burst of answers the whole-state
 * JSON costs the event loop a bounded time per second, not per event (docs/performance.md).
 */
export function snapshotDue(
  room: Pick<Room, 'seq' | 'triedSnapshotSeq' | 'triedSnapshotAt'>,
  every = SNAPSHOT_EVERY,
  now?: number,
): boolean {
  const since = room.seq - room.triedSnapshotSeq;
  const threshold = Math.max(every, Math.floor(room.triedSnapshotSeq / SNAPSHOT_SPACING));
  if (since < threshold) return false;
  const recent = now !== undefined && now - room.triedSnapshotAt < SNAPSHOT_MIN_INTERVAL_MS;
  return !(recent && room.seq >= SNAPSHOT_TIME_FLOOR_FROM && since < SNAPSHOT_SPACING * threshold);
}

/** A stored snapshot's state, or undefined (logged) when it cannot be used: the room then replays its whole log. */
export function snapshotState(code: string, snap: Snapshot, log: Logger): SessionState | undefined {
  try {
    const state = upgradeAqs(JSON.parse(snap.stateJson) as SessionState);
    if (state.code !== code || state.seq !== snap.seq) throw new Error(`state ${state.code}@${state.seq}`);
    return state;
  } catch (e) {
    log('warn', 'snapshot unusable; replaying the whole log', { code, seq: snap.seq, err: String(e) });
    return undefined;
  }
}
