// The run of show as a list of steps, and how next / previous move through it. Pure.
import { MAIN_QUESTION_ID } from '../../shared/questions.js';
import type { Phase, SessionState } from '../../shared/state.js';

export type StepKind = 'opening' | 'speaker' | 'main' | 'round' | 'question' | 'audience' | 'closing';

export interface Step {
  /** Stable key: 'opening', 'speaker:<id>', 'round:<id>', 'question:<id>', 'audience', 'closing'. */
  key: string;
  kind: StepKind;
  phase: Phase;
  /** For round and question steps: the round. */
  roundId: string | null;
  /** For question steps: 1-based position in the round. */
  index: number;
}

/**
 * How guiding questions are put on the floor: one at a time (next/previous walk the questions) or
 * a whole round at once (next/previous walk the rounds). The list always offers both.
 */
export type RoundMode = 'question' | 'round';

export function buildSteps(s: SessionState): Step[] {
  const steps: Step[] = [{ key: 'opening', kind: 'opening', phase: { kind: 'opening' }, roundId: null, index: 0 }];
  for (const id of s.speakerOrder) {
    if (!s.definition.speakers.some((sp) => sp.id === id)) continue;
    steps.push({
      key: `speaker:${id}`,
      kind: 'speaker',
      phase: { kind: 'speaker', speakerId: id },
      roundId: null,
      index: 0,
    });
  }
  if (s.definition.mainQuestion) {
    steps.push({
      key: `question:${MAIN_QUESTION_ID}`,
      kind: 'main',
      phase: { kind: 'question', questionId: MAIN_QUESTION_ID },
      roundId: null,
      index: 0,
    });
  }
  for (const r of s.definition.rounds) {
    steps.push({
      key: `round:${r.id}`,
      kind: 'round',
      phase: { kind: 'round', roundId: r.id },
      roundId: r.id,
      index: 0,
    });
    r.questions.forEach((q, i) =>
      steps.push({
        key: `question:${q.id}`,
        kind: 'question',
        phase: { kind: 'question', questionId: q.id },
        roundId: r.id,
        index: i + 1,
      }),
    );
  }
  steps.push({ key: 'audience', kind: 'audience', phase: { kind: 'audience' }, roundId: null, index: 0 });
  steps.push({ key: 'closing', kind: 'closing', phase: { kind: 'closing' }, roundId: null, index: 0 });
  return steps;
}

export function stepKey(p: Phase): string | null {
  switch (p.kind) {
    case 'opening':
    case 'audience':
    case 'closing':
      return p.kind;
    case 'speaker':
      return `speaker:${p.speakerId}`;
    case 'question':
      return `question:${p.questionId}`;
    case 'round':
      return `round:${p.roundId}`;
    default:
      return null;
  }
}

/** Whether next / previous stop at this step in the given mode. */
export function isStop(step: Step, mode: RoundMode): boolean {
  if (step.kind === 'round') return mode === 'round';
  if (step.kind === 'question') return mode === 'question';
  return true;
}

/**
 * The step next / previous goes to from the current phase, or null at either end. From the lobby
 * "next" is the opening; once the session has ended there is nowhere to go.
 */
export function neighbour(steps: readonly Step[], phase: Phase, dir: 1 | -1, mode: RoundMode): Step | null {
  if (phase.kind === 'ended') return null;
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
