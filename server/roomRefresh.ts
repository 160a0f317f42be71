// One pending refresh per room: the first touch schedules it, later touches ride on it. The wait
// grows with the room's connected phones (refreshDelay): whatever the refresh
// broadcasts (tallies, the wall on phones) costs one socket write per phone.
import type { Room } from './room.js';

/** The longest a revealed tally lags behind the votes: a few updates a second, at most. */
export const REFRESH_MS = 250;

/**
 * A revealed tally goes to every phone: one socket write each (20–40 µs here), so a refresh of a
 * crowded room costs the event loop tens of ms, while the moderator's commands wait behind it. Past
 * 250 connected phones the refreshes are spaced by this much per phone (1,000 phones: once a
 * second; 2,000: every 2 s). In `palabre bench`'s poll (1,000 votes in 2 s) the tally broadcasts
 * were half of the server's socket writes; at 0.5 ms per phone the poll's fan-out p95 was 1.56–1.68x
 * bare on a quiet machine, at 1 ms 0.71–1.72x, median 0.93x (docs/performance.md).
 */
export const REFRESH_MS_PER_PHONE = 1;

/** How long a room's next refresh waits: REFRESH_MS, longer in a crowded room. */
export const refreshDelay = (phones: number, refreshMs = REFRESH_MS): number =>
  Math.max(refreshMs, Math.round(phones * REFRESH_MS_PER_PHONE));

export interface RoomRefresh {
  /** Schedules `run(room)` unless one is pending. */
  schedule(room: Room): void;
  stop(): void;
}

export function roomRefresh(refreshMs: number, run: (room: Room) => void): RoomRefresh {
  const timers = new Map<Room, ReturnType<typeof setTimeout>>();
  let stopped = false;
  const fire = (room: Room) => {
    timers.delete(room);
    if (!stopped) run(room);
  };
  return {
    schedule(room) {
      if (stopped || timers.has(room)) return;
      const t = setTimeout(fire, refreshDelay(room.connectedParticipants(), refreshMs), room);
      t.unref?.();
      timers.set(room, t);
    },
    stop() {
      stopped = true;
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
  };
}
