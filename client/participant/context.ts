// What every part of the live view shares: the session signals, drafts, notices and `send`.
import { createContext, useContext, type Accessor } from 'solid-js';
import type { Command } from '../../shared/commands.js';
import type { SessionState } from '../../shared/state.js';
import type { SessionSignals } from '../sync/solid.js';
import type { Drafts } from './drafts.js';

export interface Live extends SessionSignals {
  code: string;
  drafts: Drafts;
  /** The server's clock, ticking. */
  serverNow: Accessor<number>;
  /**
   * Through the persistent outbox; resolves once the command is stored on the device. The server's
   * answer is handled centrally (see settleHandler).
   */
  send(command: Command, id?: string): Promise<void>;
}

export const LiveContext = createContext<Live>();

export function useLive(): Live {
  const l = useContext(LiveContext);
  if (!l) throw new Error('useLive outside LiveContext');
  return l;
}

/** The state, once the first welcome arrived (the live view renders only then). */
export const stateOf = (l: Live): SessionState => l.state()!;
