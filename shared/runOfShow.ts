// The run of show as a list of steps: the order the console walks, derived from the definition
// and the live speaking order. Pure.
import { exhaustive } from './exhaustive.js';
import { MAIN_QUESTION_ID } from './questions.js';
import type { Phase, SessionState } from './state.js';

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
    for (const [i, q] of r.questions.entries())
      steps.push({
        key: `question:${q.id}`,
        kind: 'question',
        phase: { kind: 'question', questionId: q.id },
        roundId: r.id,
        index: i + 1,
      });
  }
  steps.push({ key: 'audience', kind: 'audience', phase: { kind: 'audience' }, roundId: null, index: 0 });
  steps.push({ key: 'closing', kind: 'closing', phase: { kind: 'closing' }, roundId: null, index: 0 });
  return steps;
}

/** The step a phase stands on; null for the lobby and the end, which are no step. */
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
    case 'lobby':
    case 'ended':
      return null;
    default:
      return exhaustive(p, 'phase');
  }
}
