// Commands the server issues itself, never a client: creating the session's log, letting a
// participant in, their presence, and the group photo (uploaded over HTTP). They are decided by
// decide() and authorized by the permission table like every client command, so no event enters a
// log without both. CommandSchema does not accept them: a client cannot send one.
import type { Command } from './commands.js';
import type { Language } from './questions.js';
import type { PhotoMeta, Role, SessionState } from './state.js';

export type ServerCommand =
  /** The first event of a log, decided on the state `initialState` builds. */
  | { type: 'session:create' }
  /** A first connection: a new participant enters the room. */
  | { type: 'participant:join'; participantId: string; language: Language }
  /** A participant's first connection in, or last one out. */
  | { type: 'participant:presence'; participantId: string; connected: boolean }
  /** The group photo stored (or removed, `null`) through the HTTP API. */
  | { type: 'photo:set'; photo: SessionState['photo'] }
  /** One more photo, after those already there (several photos). */
  | { type: 'photo:add'; photo: PhotoMeta }
  /** One photo removed, the others kept. */
  | { type: 'photo:remove'; id: string }
  /** Closed questions' tallies brought up to date (server/results.ts: at most a few times a second). */
  | { type: 'results:refresh'; questionIds: string[] }
  /** Shown walls brought up to date on phones (server/wallRefresher.ts: at most a few times a second). */
  | { type: 'wall:refresh' }
  /** The forum's retention delay has passed: participants' names, organizations, countries go. */
  | { type: 'participants:erase' }
  /** A staff member downloaded the session's report (the organizers' status board shows it). */
  | { type: 'report:download'; format: string };

export type ServerCommandType = ServerCommand['type'];

/** Whatever decide() decides: a client's command or one of the server's own. */
export type AnyCommand = Command | ServerCommand;
export type AnyCommandType = AnyCommand['type'];

/** Who issues a command: a connected role, or the server itself ('system'). */
export type Principal = Role | 'system';
