// The `results:updated` events that bring closed questions' tallies up to date: decided when the
// server refreshes them (at most a few times a second, server/results.ts), on a reveal, and after a
// definition update. Only changed tallies become events.
import { isVisibleAnswer } from '../answers.js';
import type { SessionEvent } from '../events.js';
import { closedQuestions } from '../kinds.js';
import type { KindResult } from '../questionKinds.js';
import type { SessionState } from '../state.js';
import { tallyKind } from './tally.js';

/** Every closed question's tally now, by question id (for `ids`, or all closed questions). */
export function currentResults(s: SessionState, ids?: readonly string[]): Map<string, KindResult> {
  const qs = closedQuestions(s).filter((q) => !ids || ids.includes(q.id));
  const out = new Map<string, KindResult>();
  if (!qs.length) return out;
  const byQuestion = new Map<string, SessionState['answers'][string][]>();
  for (const a of Object.values(s.answers)) {
    if (!isVisibleAnswer(a)) continue;
    const list = byQuestion.get(a.questionId);
    if (list) list.push(a);
    else byQuestion.set(a.questionId, [a]);
  }
  for (const q of qs) {
    const result = tallyKind(q, byQuestion.get(q.id) ?? [], s.definition.language);
    if (result) out.set(q.id, result);
  }
  return out;
}

/** The events that set each given question's tally to its current value, when it differs from the held one. */
export function refreshEvents(s: SessionState, ids?: readonly string[], force = false): SessionEvent[] {
  const events: SessionEvent[] = [];
  for (const [questionId, result] of currentResults(s, ids)) {
    const held = s.results?.[questionId];
    if (!force && held && JSON.stringify(held) === JSON.stringify(result)) continue;
    events.push({ type: 'results:updated', questionId, result });
  }
  return events;
}
