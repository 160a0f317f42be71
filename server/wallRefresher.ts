// The wall on phones, aggregated (shared/wall.ts): a +1, an answer or a moderation does not reach
// every phone; it marks its room, and at most every REFRESH_MS (longer in a crowded room) the server commits one `wall:refresh`,
// whose `wall:updated` events carry only the entries that changed (their +1 counts included). A storm
// of 1,000 +1s in two seconds is about eight messages per phone, not 1,000.
import { SYSTEM } from '../shared/decide.js';
import type { Committer } from './committer.js';
import { REFRESH_MS } from './results.js';
import type { Room } from './room.js';
import { roomRefresh } from './roomRefresh.js';

export interface WallRefresher {
  /** A committed command may have changed a shown wall of this room: refresh it soon (once per REFRESH_MS). */
  touch(room: Room): void;
  /** Stops the pending refreshes (the server is closing). */
  stop(): void;
}

export function wallRefresher(committer: Pick<Committer, 'submit'>, refreshMs = REFRESH_MS): WallRefresher {
  const timers = roomRefresh(refreshMs, (room) => {
    if (!room.anyWallShown) return;
    void committer.submit({
      room,
      actor: SYSTEM,
      command: { type: 'wall:refresh' },
      commandId: null,
      lang: room.definition.language,
    });
  });
  return {
    touch(room) {
      if (room.anyWallShown) timers.schedule(room);
    },
    stop: () => timers.stop(),
  };
}
