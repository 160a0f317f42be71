// The retention erasure applied to a state: every participant's name, organization and country
// blanked (marked anonymous), their text kept. Apart from shared/reducer.ts so the phone's build
// leaves it out (vite.config.ts): phones never receive participants:erased (shared/visibility.ts).
import type { SessionState } from './state.js';

export function applyErasure(s: SessionState): SessionState {
  const participants: SessionState['participants'] = {};
  for (const [id, p] of Object.entries(s.participants))
    participants[id] = { ...p, name: '', organization: '', country: '', anonymous: true };
  // The wall on phones holds names too (shared/wall.ts): a phone reloading gets them blank.
  if (!s.wall) return { ...s, participants };
  const wall: NonNullable<SessionState['wall']> = {};
  for (const [q, entries] of Object.entries(s.wall))
    wall[q] = Object.fromEntries(Object.entries(entries).map(([id, e]) => [id, { ...e, name: '' }]));
  return { ...s, participants, wall };
}
