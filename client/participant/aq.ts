// Audience questions on the phone: whom a question is for (the lists themselves: shared/audience.ts).
import type { SessionState } from '../../shared/state.js';

export function speakerName(s: SessionState, speakerId: string | null): string | null {
  return speakerId === null ? null : (s.definition.speakers.find((x) => x.id === speakerId)?.name ?? null);
}
