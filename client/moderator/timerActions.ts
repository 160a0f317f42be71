// Which command each timer control sends in the current state. Pure, shared by buttons and keys.
import type { Command } from '../../shared/commands.js';
import { spokenMs, type SessionState } from '../../shared/state.js';
import { activeTurnOf } from '../../shared/turns.js';

export type PrimaryLabel = 'startTurn' | 'continueTurn' | 'startTimer' | 'pauseTimer' | 'resumeTimer';

export interface Primary {
  label: PrimaryLabel;
  /** null: shown but disabled (e.g. a timer with no duration yet). */
  command: Command | null;
}

/** The speaker on the floor, if the phase is a speaker's. */
export function floorSpeaker(s: SessionState) {
  return s.phase.kind === 'speaker'
    ? (s.definition.speakers.find((sp) => sp.id === (s.phase as { speakerId: string }).speakerId) ?? null)
    : null;
}

/** Start / pause / resume: on a speaker's step it drives their turn, so spoken time is recorded. */
export function primaryTimer(s: SessionState, now: number): Primary | null {
  if (s.phase.kind === 'ended') return null;
  const sp = floorSpeaker(s);
  if (sp) {
    const turn = s.turns[sp.id];
    const active = turn !== undefined && turn.endedAt === null;
    if (!active)
      return { label: turn ? 'continueTurn' : 'startTurn', command: { type: 'turn:start', speakerId: sp.id } };
    if (s.timer.status === 'running') return { label: 'pauseTimer', command: { type: 'timer:pause' } };
    if (s.timer.status === 'paused') return { label: 'resumeTimer', command: { type: 'timer:resume' } };
    const left = Math.max(60_000, sp.minutes * 60_000 - spokenMs(turn, now));
    return { label: 'startTimer', command: { type: 'timer:start', durationMs: Math.round(left / 1000) * 1000 } };
  }
  if (s.timer.status === 'running') return { label: 'pauseTimer', command: { type: 'timer:pause' } };
  if (s.timer.status === 'paused') return { label: 'resumeTimer', command: { type: 'timer:resume' } };
  return { label: 'startTimer', command: s.timer.durationMs > 0 ? { type: 'timer:start' } : null };
}

export function endTurnCommand(s: SessionState): Command | null {
  return activeTurnOf(s) ? { type: 'turn:end' } : null;
}

/** Reset to the step's own duration (a speaker's allotted minutes, or the step's planned time): decided in shared/. */
export function resetCommand(): Command {
  return { type: 'timer:reset' };
}
