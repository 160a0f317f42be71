// Who may run which command. One table, checked by the server before decide(); the client uses it
// to show only the controls a role can use.
import type { CommandType } from './commands.js';
import type { Role } from './state.js';

const M = 'moderator';
const R = 'rapporteur';
const P = 'participant';

const ALLOWED: Record<CommandType, readonly Role[]> = {
  'phase:set': [M],
  'timer:start': [M],
  'timer:pause': [M],
  'timer:resume': [M],
  'timer:adjust': [M],
  'timer:reset': [M],
  'speakers:reorder': [M],
  'turn:start': [M],
  'turn:pause': [M],
  'turn:resume': [M],
  'turn:end': [M],
  'answering:open': [M],
  'answering:close': [M],
  'answer:moderate': [M],
  'audience:toggle': [M],
  'definition:update': [M],
  'session:end': [M],
  'profile:set': [P],
  'answer:submit': [P],
  'answer:edit': [P],
  'answer:withdraw': [P],
  'aq:ask': [P],
  'aq:vote': [P],
  'aq:withdraw': [P],
  'aq:approve': [M],
  'aq:hide': [M],
  'aq:merge': [M],
  'aq:pin': [M],
  'aq:answer': [M, R],
  'notes:save': [M, R],
  'answer:curate': [R, M],
  'aq:curate': [R, M],
  'conclusion:set': [R, M],
  'participantsExtra:set': [R, M],
};

export function can(role: Role, command: CommandType): boolean {
  return ALLOWED[command].includes(role);
}

/** Every command type, for authorization matrices and fuzzers. */
export const COMMAND_TYPES = Object.keys(ALLOWED) as CommandType[];

/** Roles that hold a secret key (never sent to participants or the projector). */
export const isStaff = (role: Role): boolean => role === 'moderator' || role === 'rapporteur';
