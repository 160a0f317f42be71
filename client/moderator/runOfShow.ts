// The run of show as a list of steps, and how next / previous move through it. Pure.
import type { Phase, SessionState } from '../../shared/state.js';
import { type Step, stepKey } from '../../shared/runOfShow.js';

export { buildSteps, stepKey, type Step, type StepKind } from '../../shared/runOfShow.js';

/**
 * How guiding questions are put on the floor: one at a time (next/previous walk the questions) or
 * a whole round at once (next/previous walk the rounds). The list always offers both.
 */
export type RoundMode = 'question' | 'round';

/** Whether next / previous stop at this step in the given mode. */
export function isStop(step: Step, mode: RoundMode): boolean {
  if (step.kind === 'round') return mode === 'round';
  if (step.kind === 'question') return mode === 'question';
  return true;
}

/**
 * The step next / previous goes to from the current phase, or null at either end. From the lobby
 * "next" is the opening. Whether moving is allowed at all (not once the session ended) is shared/'s.
 */
export function neighbour(steps: readonly Step[], phase: Phase, dir: 1 | -1, mode: RoundMode): Step | null {
  const key = stepKey(phase);
  const at = key === null ? -1 : steps.findIndex((s) => s.key === key);
  if (at === -1) return dir === 1 ? (steps.find((s) => isStop(s, mode)) ?? null) : null;
  for (let i = at + dir; i >= 0 && i < steps.length; i += dir) {
    const s = steps[i]!;
    if (isStop(s, mode)) return s;
  }
  return null;
}

/** The mode a phase implies: a round shown whole, or one of its questions. */
export function modeOfPhase(p: Phase, s: SessionState): RoundMode | null {
  if (p.kind === 'round') return 'round';
  if (p.kind === 'question' && s.definition.rounds.some((r) => r.questions.some((q) => q.id === p.questionId)))
    return 'question';
  return null;
}
