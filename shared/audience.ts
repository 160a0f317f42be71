// Audience questions as lists: which ones the room's list shows, which await the moderator, and
// the orders lists show them in. One definition for the phones, the projector, the staff screens
// and the report; free of schema code so the participant bundle can use it.
import { isAnsweredAq, voteCount, type AudienceQuestion, type SessionState } from './state.js';

export type AqSort = 'votes' | 'time';

/** On the room's list: published (answered or not), not withdrawn. Pending, hidden and merged ones never, replies or not. */
export const isRoomQuestion = (q: AudienceQuestion): boolean => !q.withdrawn && q.status === 'published';

/** Waiting for the moderator's approval (approve-first sessions). */
export const isAwaitingApproval = (q: AudienceQuestion): boolean => !q.withdrawn && q.status === 'pending';

/** Most votes first (ties: oldest first), or newest first; ties after that by id, so every screen agrees. */
export function sortQuestions(list: readonly AudienceQuestion[], by: AqSort): AudienceQuestion[] {
  return [...list].sort((a, b) =>
    by === 'votes'
      ? voteCount(b) - voteCount(a) || a.createdAt - b.createdAt || a.id.localeCompare(b.id)
      : b.createdAt - a.createdAt || a.id.localeCompare(b.id),
  );
}

/** The room's list, sorted; `except` leaves out one participant's own (a phone shows those apart). */
export function roomQuestions(s: SessionState, by: AqSort, except: string | null = null): AudienceQuestion[] {
  return sortQuestions(
    Object.values(s.audienceQuestions).filter((q) => isRoomQuestion(q) && q.participantId !== except),
    by,
  );
}

/** A participant's own questions still standing (pending, published, hidden or merged), newest first. */
export function myQuestions(s: SessionState, me: string | null): AudienceQuestion[] {
  return sortQuestions(
    Object.values(s.audienceQuestions).filter((q) => q.participantId === me && !q.withdrawn),
    'time',
  );
}

export function pinnedQuestion(s: SessionState): AudienceQuestion | null {
  return Object.values(s.audienceQuestions).find((q) => q.pinned && !q.withdrawn) ?? null;
}

/** The projector's list: unanswered questions of the room's list by votes, the pinned one left out. */
export function topQuestions(s: SessionState, n: number): AudienceQuestion[] {
  return roomQuestions(s, 'votes')
    .filter((q) => !isAnsweredAq(q) && !q.pinned)
    .slice(0, n);
}

/** How many questions await the moderator's approval. */
export function awaitingApproval(s: SessionState): number {
  let n = 0;
  for (const q of Object.values(s.audienceQuestions)) if (isAwaitingApproval(q)) n++;
  return n;
}
