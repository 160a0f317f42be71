// An audience question just answered stays on the projector with its reply for a moment, so the
// room reads the answer instead of seeing the question vanish the instant the reply is saved.
// Pure, time passed in; free of valibot (the projector uses it).
import { isRoomQuestion } from './audience.js';
import type { AudienceQuestion, SessionState } from './state.js';

/** How long an answered question stays on the projector after its latest reply. */
export const ANSWERED_LINGER_MS = 10_000;

const lastReplyAt = (q: AudienceQuestion): number => Math.max(...q.replies.map((r) => r.at));

/**
 * The room's question answered most recently, while its latest reply is under ANSWERED_LINGER_MS
 * old at server time `now`; null when none is.
 */
export function lingeringAnswered(s: SessionState, now: number): AudienceQuestion | null {
  let best: AudienceQuestion | null = null;
  for (const q of Object.values(s.audienceQuestions)) {
    if (!isRoomQuestion(q) || q.pinned || q.replies.length === 0) continue;
    const at = lastReplyAt(q);
    if (now < at || now - at >= ANSWERED_LINGER_MS) continue;
    if (!best || at > lastReplyAt(best) || (at === lastReplyAt(best) && q.id < best.id)) best = q;
  }
  return best;
}
