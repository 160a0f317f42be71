// How a participant is named on staff screens and the projector: as they chose, or anonymous.
import { isolate } from '../../shared/bidi.js';
import type { Participant } from '../../shared/state.js';

/** The name the participant gave, or null when they stay anonymous (the caller shows "Anonymous"). */
export function chosenName(p: Participant | undefined): string | null {
  if (!p || p.anonymous) return null;
  const name = p.name.trim();
  // Isolated: it is shown next to other text (shared/bidi.ts).
  return name ? isolate(name) : null;
}

/** "Organization, Country" for a named participant, or '' when there is nothing to add. */
export function affiliation(p: Participant | undefined): string {
  if (!p || p.anonymous) return '';
  return [p.organization, p.country]
    .map((x) => x.trim())
    .filter(Boolean)
    .map(isolate)
    .join(', ');
}
