// The intended authorization table, written out independently of shared/permissions.ts.
import type { CommandType } from '../../../shared/commands.js';
import type { Principal, ServerCommandType } from '../../../shared/serverCommands.js';
import type { Role } from '../../../shared/state.js';

/** What a participant does from their phone: their profile, their answers, their questions and votes. */
export const PARTICIPANT_COMMANDS: CommandType[] = [
  'profile:set',
  'answer:submit',
  'answer:edit',
  'answer:withdraw',
  'aq:ask',
  'aq:vote',
  'aq:withdraw',
  // A +1 on someone else's answer on the wall (issue 15).
  'answer:plusOne',
];

/** The rapporteur's report work: notes, curation, the conclusion, recording answers to audience questions. */
export const RAPPORTEUR_COMMANDS: CommandType[] = [
  'notes:save',
  'answer:curate',
  'aq:curate',
  'conclusion:set',
  'participantsExtra:set',
  'aq:answer',
  // Contributions recorded on someone's behalf, and the synthesis of many answers.
  'answer:record',
  'aq:record',
  'theme:set',
  'theme:remove',
  'answer:theme',
  'answer:duplicate',
  'answer:key',
  'report:order',
  'answer:translation',
];

/** The speaker view is read-only but for clearing the moderator's cue it shows. */
export const SPEAKER_COMMANDS: CommandType[] = ['cue:dismiss'];

/** The moderator runs the show and may do the rapporteur's work, but never acts as a participant. */
export function intended(role: Role, type: CommandType): boolean {
  switch (role) {
    case 'moderator':
      return !PARTICIPANT_COMMANDS.includes(type);
    case 'speaker':
      return SPEAKER_COMMANDS.includes(type);
    case 'rapporteur':
      return RAPPORTEUR_COMMANDS.includes(type);
    case 'participant':
      return PARTICIPANT_COMMANDS.includes(type);
    case 'projector':
      return false;
  }
}

/** What only the server itself does: start a log, let a participant in, record their presence. */
export const SYSTEM_COMMANDS: ServerCommandType[] = [
  'session:create',
  'participant:join',
  'participant:presence',
  'results:refresh',
  'wall:refresh',
  // The forum's retention job (server/retention.ts).
  'participants:erase',
];

/** The group photo arrives over HTTP with a staff key: the moderator or the rapporteur sets it. */
export const STAFF_SERVER_COMMANDS: ServerCommandType[] = ['photo:set', 'photo:add', 'photo:remove', 'report:download'];

/** The server's own commands: never a client's, nor a participant's or the projector's. */
export function intendedServer(who: Principal, type: ServerCommandType): boolean {
  switch (who) {
    case 'system':
      return SYSTEM_COMMANDS.includes(type);
    case 'moderator':
    case 'rapporteur':
      return STAFF_SERVER_COMMANDS.includes(type);
    case 'participant':
    case 'projector':
    case 'speaker':
      return false;
  }
}
