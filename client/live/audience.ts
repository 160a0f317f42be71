// Audience questions: the order a list shows them in, and what the room may see.
import { isAnsweredAq, type AudienceQuestion, type SessionState } from '../../shared/state.js';

export type AqSort = 'votes' | 'time';

/** Most votes first (ties: oldest first), or newest first. */
export function sortQuestions(list: readonly AudienceQuestion[], by: AqSort): AudienceQuestion[] {
  return [...list].sort((a, b) =>
    by === 'votes'
      ? b.voters.length - a.voters.length || a.createdAt - b.createdAt || a.id.localeCompare(b.id)
      : b.createdAt - a.createdAt || a.id.localeCompare(b.id),
  );
}

/** Questions the room may see: published (answered or not), not withdrawn. Hidden ones never, replies or not. */
export function publicQuestions(s: SessionState): AudienceQuestion[] {
  return Object.values(s.audienceQuestions).filter((q) => !q.withdrawn && q.status === 'published');
}

export function pinnedQuestion(s: SessionState): AudienceQuestion | null {
  return Object.values(s.audienceQuestions).find((q) => q.pinned && !q.withdrawn) ?? null;
}

/** The projector's list: unanswered published questions by votes, the pinned one left out. */
export function topQuestions(s: SessionState, n: number): AudienceQuestion[] {
  return sortQuestions(
    publicQuestions(s).filter((q) => !isAnsweredAq(q) && !q.pinned),
    'votes',
  ).slice(0, n);
}
