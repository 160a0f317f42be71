// What every part of the console needs: the live state, the server's clock, and a way to send a
// command that reports a refusal in the moderator's language.
import { createContext, useContext, type Accessor } from 'solid-js';
import type { Command } from '../../shared/commands.js';
import type { Ack } from '../../shared/errors.js';
import type { SessionState } from '../../shared/state.js';
import type { RoundMode } from './runOfShow.js';

export interface Console {
  code: string;
  moderatorKey: string;
  state: Accessor<SessionState>;
  /** The server's clock, ticking 4 times a second. */
  serverNow: Accessor<number>;
  /** Sends a command; a refusal is shown in the alert region and returned. */
  send: (c: Command) => Promise<Ack>;
  /** A short polite announcement for screen readers (e.g. after a move). */
  announce: (message: string) => void;
  /** Shows a refusal or failure in the alert region. */
  alert: (message: string) => void;
  roundMode: Accessor<RoundMode>;
  setRoundMode: (m: RoundMode) => void;
}

export const ConsoleContext = createContext<Console>();

export function useConsole(): Console {
  const c = useContext(ConsoleContext);
  if (!c) throw new Error('useConsole outside the moderator console');
  return c;
}
