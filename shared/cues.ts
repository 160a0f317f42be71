// Cues: short messages from the moderator to the speaker ("2 minutes", "please conclude", "a
// question for you from the floor", or a few words typed), shown large on the speaker view until
// dismissed and, when asked, flashed on the projector for a moment. One cue at a time: a new one
// replaces the last. Pure rules, time passed in; free of valibot (the views use it).
import type { SessionState } from './state.js';

export const CUE_KINDS = ['twoMinutes', 'conclude', 'floorQuestion', 'text'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

/** The longest free-text cue: a few words read from across a room. */
export const MAX_CUE_TEXT = 140;

/** How long the projector flashes a cue sent with `flash`. */
export const CUE_FLASH_MS = 6_000;

export interface Cue {
  /** Client-generated: a retry is applied once, and a dismissal names the cue it clears. */
  id: string;
  kind: CueKind;
  /** Only for 'text' (empty otherwise). */
  text: string;
  /** Also shown on the projector, for CUE_FLASH_MS. */
  flash: boolean;
  /** Server time it was sent. */
  at: number;
}

/** The cue the speaker sees now, or null (none sent, or dismissed). States from before cues have none. */
export const currentCue = (s: SessionState): Cue | null => s.cue ?? null;

/** Whether the projector shows the current cue at server time `now`. */
export function cueFlashing(s: SessionState, now: number): boolean {
  const c = currentCue(s);
  return !!c && c.flash && now >= c.at && now - c.at < CUE_FLASH_MS;
}
