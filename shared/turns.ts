// Speaking-turn lookups shared by the domain and the views.
import type { SessionState, Turn } from './state.js';

/** The turn in progress (at most one), or null. */
export function activeTurnOf(s: SessionState): Turn | null {
  for (const t of Object.values(s.turns)) if (t.endedAt === null) return t;
  return null;
}
