// Which command each timer control sends in the current state. Pure, shared by buttons and keys.
import type { Command } from '../../shared/commands.js';
import type { SessionState } from '../../shared/state.js';
import { allowed, verdict } from '../../shared/rules.js';
import { MODERATOR } from './useRules.js';

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

/** The command the main control stands for in this state, before asking whether it is allowed. */
function primaryCandidate(s: SessionState): { label: PrimaryLabel; command: Command } {
  const sp = floorSpeaker(s);
  if (sp) {
    const turn = s.turns[sp.id];
    const active = turn !== undefined && turn.endedAt === null;
    if (!active)
      return { label: turn ? 'continueTurn' : 'startTurn', command: { type: 'turn:start', speakerId: sp.id } };
    if (s.timer.status === 'running') return { label: 'pauseTimer', command: { type: 'timer:pause' } };
    if (s.timer.status === 'paused') return { label: 'resumeTimer', command: { type: 'timer:resume' } };
    // An idle clock during a turn: the server starts it on what is left of the speaker's time.
    return { label: 'startTimer', command: { type: 'timer:start' } };
  }
  if (s.timer.status === 'running') return { label: 'pauseTimer', command: { type: 'timer:pause' } };
  if (s.timer.status === 'paused') return { label: 'resumeTimer', command: { type: 'timer:resume' } };
  return { label: 'startTimer', command: { type: 'timer:start' } };
}

/**
 * Start / pause / resume: on a speaker's step it drives their turn, so spoken time is recorded.
 * Disabled when shared/ refuses the command (e.g. a timer with no duration); gone once the session ended.
 */
export function primaryTimer(s: SessionState, now: number): Primary | null {
  const p = primaryCandidate(s);
  const v = verdict(s, MODERATOR, p.command, now);
  if (v === 'session_ended') return null;
  return { label: p.label, command: v === null ? p.command : null };
}

export function endTurnCommand(s: SessionState, now: number): Command | null {
  const end: Command = { type: 'turn:end' };
  return allowed(s, MODERATOR, end, now) ? end : null;
}

/** Reset to the step's own duration (a speaker's allotted minutes, or the step's planned time): decided in shared/. */
export function resetCommand(): Command {
  return { type: 'timer:reset' };
}
