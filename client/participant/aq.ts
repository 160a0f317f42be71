// Audience questions as a participant sees them: the room's published ones, sorted, and their own.
import type { AudienceQuestion, SessionState } from '../../shared/state.js';

export type AqSort = 'votes' | 'time';

/** Published (answered or not), not withdrawn, merged or hidden: a reply never shows a hidden one. */
export const isPublic = (q: AudienceQuestion): boolean => !q.withdrawn && q.status === 'published';

export function roomQuestions(s: SessionState, me: string | null, sort: AqSort): AudienceQuestion[] {
  const list = Object.values(s.audienceQuestions).filter((q) => isPublic(q) && q.participantId !== me);
  return list.sort((a, b) =>
    sort === 'votes' ? b.voters.length - a.voters.length || a.createdAt - b.createdAt : b.createdAt - a.createdAt,
  );
}

export function myQuestions(s: SessionState, me: string | null): AudienceQuestion[] {
  return Object.values(s.audienceQuestions)
    .filter((q) => q.participantId === me && !q.withdrawn)
    .sort((a, b) => b.createdAt - a.createdAt);
}

export function speakerName(s: SessionState, speakerId: string | null): string | null {
  return speakerId === null ? null : (s.definition.speakers.find((x) => x.id === speakerId)?.name ?? null);
}
