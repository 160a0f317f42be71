// The retention erasure applied to a state: every participant's name, organization and country
// blanked (marked anonymous), their text kept. Apart from shared/reducer.ts so the phone's build
// leaves it out (vite.config.ts): phones never receive participants:erased (shared/visibility.ts).
import type { SessionState } from './state.js';

export function applyErasure(s: SessionState): SessionState {
  const participants: SessionState['participants'] = {};
  for (const [id, p] of Object.entries(s.participants))
    participants[id] = { ...p, name: '', organization: '', country: '', anonymous: true };
  return { ...s, participants };
}
