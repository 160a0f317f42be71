// The forums' retention job: every few minutes (and once at start), each forum session whose
// retention delay has passed gets the server command participants:erase through the committer (so
// the erasure is an event of its log, replayed alike everywhere), then is marked erased in the
// store. It keeps no state of its own: after a restart the next run finds what is still due, and
// a second node running it at once decides nothing the second time (decide() sees no names left).
import { SYSTEM } from '../shared/decide.js';
import { isErasureDue } from '../shared/retention.js';
import type { Committer } from './committer.js';
import type { Logger } from './log.js';
import type { Registry } from './registry.js';
import type { SessionStore } from './store/sessionStore.js';

export const RETENTION_EVERY_MS = 10 * 60_000;

export interface RetentionJob {
  /** One pass now; resolves with the codes erased. */
  runOnce(): Promise<string[]>;
  stop(): void;
}

export function startRetention(o: {
  store: SessionStore;
  registry: Registry;
  committer: Committer;
  clock: () => number;
  log: Logger;
  everyMs?: number;
}): RetentionJob {
  let running: Promise<string[]> | null = null;
  let stopped = false;

  async function pass(): Promise<string[]> {
    const erased: string[] = [];
    for (const forum of await o.store.listForums()) {
      const days = forum.settings.retentionDays;
      if (days === null) continue;
      for (const fs of await o.store.listForumSessions(forum.id)) {
        if (stopped) return erased;
        if (fs.erasedAt !== undefined) continue;
        const room = await o.registry.load(fs.code);
        if (!room) continue;
        const now = o.clock();
        const s = room.state;
        if (!isErasureDue(now, days, { endedAt: s.endedAt, date: s.definition.date })) continue;
        const ack = await o.committer.submit({
          room,
          actor: SYSTEM,
          command: { type: 'participants:erase' },
          commandId: null,
          lang: 'en',
        });
        if (!ack.ok) {
          o.log('warn', 'retention: erase refused', { code: fs.code, error: ack.error });
          continue;
        }
        await o.store.markErased(fs.code, now);
        o.log('info', 'retention: participants erased', { code: fs.code, forum: forum.id });
        erased.push(fs.code);
      }
    }
    return erased;
  }

  const runOnce = (): Promise<string[]> => {
    // One pass at a time; a call during a pass waits for it, then runs its own.
    const next = (running ?? Promise.resolve([])).catch(() => []).then(pass);
    running = next;
    return next;
  };
  const tick = () => void runOnce().catch((e: unknown) => o.log('warn', 'retention pass failed', { err: String(e) }));
  const first = setTimeout(tick, 1_000);
  const timer = setInterval(tick, o.everyMs ?? RETENTION_EVERY_MS);
  first.unref();
  timer.unref();
  return {
    runOnce,
    stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
