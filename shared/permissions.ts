// Who may run which command. One table, checked by the engine before decide() (and by the socket
// before queueing); the client uses it to show only the controls a role can use.
import type { CommandType } from './commands.js';
import type { AnyCommandType, Principal, ServerCommandType } from './serverCommands.js';
import type { Role } from './state.js';

const M = 'moderator';
const R = 'rapporteur';
const P = 'participant';
const S = 'speaker';

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
  'cue:send': [M],
  'cue:dismiss': [M, S],
  'answer:record': [M, R],
  'aq:record': [M, R],
  'theme:set': [R, M],
  'theme:remove': [R, M],
  'answer:theme': [R, M],
  'answer:duplicate': [R, M],
  'answer:key': [R, M],
  'report:order': [R, M],
  'answer:translation': [R, M],
  'floor:keepOpen': [M],
  'results:reveal': [M],
  'wall:show': [M],
  'wall:order': [M],
  'answer:plusOne': [P],
};

/** The server's own commands: only the server issues them, but for the photo, which staff upload. */
const SERVER_ALLOWED: Record<ServerCommandType, readonly Principal[]> = {
  'session:create': ['system'],
  'participant:join': ['system'],
  'participant:presence': ['system'],
  'photo:set': [M, R],
  'photo:add': [M, R],
  'photo:remove': [M, R],
  'results:refresh': ['system'],
  'wall:refresh': ['system'],
  'participants:erase': ['system'],
  'report:download': [M, R],
};

function isServerType(t: AnyCommandType): t is ServerCommandType {
  return Object.hasOwn(SERVER_ALLOWED, t);
}

export function can(who: Principal, command: AnyCommandType): boolean {
  if (isServerType(command)) return SERVER_ALLOWED[command].includes(who);
  return who !== 'system' && ALLOWED[command].includes(who);
}

/** Every command type a client may send, for authorization matrices and fuzzers. */
export const COMMAND_TYPES = Object.keys(ALLOWED) as CommandType[];

/** Every command type the server issues itself. */
export const SERVER_COMMAND_TYPES = Object.keys(SERVER_ALLOWED) as ServerCommandType[];
