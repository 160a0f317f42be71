// Closed questions' tallies, aggregated: a vote does not reach every screen; it marks its room, and
// at most every REFRESH_MS (longer in a crowded room: refreshDelay) the server commits one
// `results:refresh` (shared/results/refresh.ts), whose `results:updated` events carry only the
// tallies that changed. 1,000 votes in two seconds from 1,000 phones are about four updates on the
// projector, not 1,000 messages to every screen.
import { SYSTEM } from '../shared/decide.js';
import { isClosedKind, kindOf } from '../shared/kinds.js';
import type { SessionDefinition } from '../shared/definition.js';
import { allQuestions } from '../shared/questions.js';
import type { Committer } from './committer.js';
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

/**
 * The closed questions' ids of a definition, worked out once per definition (touch runs on every
 * answer; definitions are values the reducer replaces, never changes in place).
 */
const closedIdsOf = new WeakMap<SessionDefinition, readonly string[]>();
function closedIds(d: SessionDefinition): readonly string[] {
  let ids = closedIdsOf.get(d);
  if (!ids) {
    ids = allQuestions(d)
      .filter((q) => isClosedKind(kindOf(q)))
      .map((q) => q.id);
    closedIdsOf.set(d, ids);
  }
  return ids;
}

export interface ResultsRefresher {
  /**
   * A committed answer may have changed a tally of this room: refresh it soon (once per REFRESH_MS).
   * With the answer's question: nothing to do for a text question (every answer of a text-only
   * tick used to re-tally the room), and only the touched closed questions are re-tallied.
   */
  touch(room: Room, questionId?: string): void;
  /** Stops the pending refreshes (the server is closing). */
  stop(): void;
}

export function resultsRefresher(committer: Pick<Committer, 'submit'>, refreshMs = REFRESH_MS): ResultsRefresher {
  const timers = new Map<Room, ReturnType<typeof setTimeout>>();
  /** The closed questions touched since the room's last refresh (null: any of them). */
  const touched = new Map<Room, Set<string> | null>();
  let stopped = false;
  const refresh = (room: Room) => {
    timers.delete(room);
    const which = touched.get(room);
    touched.delete(room);
    // Still closed questions now (the definition may have changed since the touch).
    const questionIds = closedIds(room.definition).filter((id) => !which || which.has(id));
    if (!questionIds.length || stopped) return;
    void committer.submit({
      room,
      actor: SYSTEM,
      command: { type: 'results:refresh', questionIds },
      commandId: null,
      lang: room.definition.language,
    });
  };
  return {
    touch(room, questionId) {
      if (stopped) return;
      const closed = closedIds(room.definition);
      if (questionId !== undefined ? !closed.includes(questionId) : !closed.length) return;
      const which = touched.get(room);
      if (questionId === undefined) touched.set(room, null);
      else if (which) which.add(questionId);
      else if (which === undefined) touched.set(room, new Set([questionId]));
      if (timers.has(room)) return;
      const t = setTimeout(refresh, refreshDelay(room.connectedParticipants(), refreshMs), room);
      t.unref?.();
      timers.set(room, t);
    },
    stop() {
      stopped = true;
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      touched.clear();
    },
  };
}
