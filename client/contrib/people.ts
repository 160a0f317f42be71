// The person an answer is from, as the staff screens and the projector name people: the
// participant, or for a contribution the staff recorded, the person it was recorded for.
import type { Answer, Participant, SessionState } from '../../shared/state.js';

export function answerAuthor(s: SessionState, a: Answer): Participant | undefined {
  if (!a.by) return s.participants[a.participantId];
  return {
    id: '',
    name: a.by.name,
    organization: a.by.organization,
    country: a.by.country,
    language: s.definition.language,
    anonymous: !a.by.name.trim(),
    joinedAt: a.createdAt,
    connected: false,
  };
}
