// What this participant may do now, asked of shared/rules.ts (the preconditions the server's decide()
// checks), so no view re-derives a rule from the state.
import { untrack } from 'solid-js';
import { type Actor, type ParticipantCommand, participantOffered } from '../../shared/rules.js';
import { stateOf, useLive } from './context.js';

export function useParticipantRules() {
  const live = useLive();
  const actor = (): Actor => ({ role: 'participant', participantId: live.participantId() });
  return {
    /** Allowed now, or refused only for what is typed or the sender's pace (the form then says why). */
    // The clock's ticks need not re-run it: only the asking pace depends on the time, and it is a form refusal.
    offered: (cmd: ParticipantCommand) => participantOffered(stateOf(live), actor(), cmd, untrack(live.serverNow)),
  };
}
