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
import { REFRESH_MS, roomRefresh } from './roomRefresh.js';

export { REFRESH_MS, REFRESH_MS_PER_PHONE, refreshDelay } from './roomRefresh.js';

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
  /** The closed questions touched since the room's last refresh (null: any of them). */
  const touched = new Map<Room, Set<string> | null>();
  const timers = roomRefresh(refreshMs, (room) => {
    const which = touched.get(room);
    touched.delete(room);
    // Still closed questions now (the definition may have changed since the touch).
    const questionIds = closedIds(room.definition).filter((id) => !which || which.has(id));
    if (!questionIds.length) return;
    void committer.submit({
      room,
      actor: SYSTEM,
      command: { type: 'results:refresh', questionIds },
      commandId: null,
      lang: room.definition.language,
    });
  });
  let stopped = false;
  return {
    touch(room, questionId) {
      if (stopped) return;
      const closed = closedIds(room.definition);
      if (questionId !== undefined ? !closed.includes(questionId) : !closed.length) return;
      const which = touched.get(room);
      if (questionId === undefined) touched.set(room, null);
      else if (which) which.add(questionId);
      else if (which === undefined) touched.set(room, new Set([questionId]));
      timers.schedule(room);
    },
    stop() {
      stopped = true;
      timers.stop();
      touched.clear();
    },
  };
}
