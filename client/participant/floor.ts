// Which questions the phone shows, in which place, and how to name them.
import { questionsOfPhase } from '../../shared/floor.js';
import { allQuestions, type QuestionRef } from '../../shared/questions.js';
import type { SessionState } from '../../shared/state.js';
import { tc } from '../i18n/common.js';

export interface PhoneQuestions {
  /** On the floor now: shown first, open. */
  floor: QuestionRef[];
  /** Still open for answers but not on the floor: reachable, collapsed. */
  open: QuestionRef[];
  /** Closed, with the person's own answers or a draft they kept: collapsed under "your answers". */
  earlier: QuestionRef[];
}

/**
 * The floor first; every list in run-of-show order. Once the session has ended, only earlier answers.
 * `drafted`: whether the person has unsent text for a question (it stays reachable once closed).
 */
export function phoneQuestions(s: SessionState, pid: string | null, drafted: (id: string) => boolean): PhoneQuestions {
  const all = allQuestions(s.definition);
  const live = s.phase.kind !== 'ended';
  const onFloor = live ? questionsOfPhase(s) : [];
  const open = live ? s.openQuestions : [];
  const mine = new Set<string>();
  for (const a of Object.values(s.answers)) if (a.participantId === pid && !a.withdrawn) mine.add(a.questionId);
  return {
    floor: all.filter((q) => onFloor.includes(q.id)),
    open: all.filter((q) => open.includes(q.id) && !onFloor.includes(q.id)),
    earlier: all.filter((q) => (mine.has(q.id) || drafted(q.id)) && !onFloor.includes(q.id) && !open.includes(q.id)),
  };
}

/** "Main question" or "Round 1 · Question 2". */
export function questionLabel(s: SessionState, q: QuestionRef): string {
  if (q.roundId === null) return tc('mainQuestion');
  const round = s.definition.rounds.find((r) => r.id === q.roundId);
  const n = tc('questionN', { n: q.index });
  return round?.title ? `${round.title} · ${n}` : n;
}
