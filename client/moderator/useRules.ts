// What the console may do now, asked of shared/ (the same preconditions the server's decide() checks),
// so no control re-derives a rule from the state.
import { untrack } from 'solid-js';
import type { Command } from '../../shared/commands.js';
import { effective } from '../../shared/decide.js';
import { allowed, offered, type Actor } from '../../shared/rules.js';
import { useConsole } from './context.js';

export const MODERATOR: Actor = { role: 'moderator', participantId: null };

export function useRules() {
  const c = useConsole();
  // No moderator command's acceptance depends on the time: the clock's ticks need not re-run them.
  const now = () => untrack(c.serverNow);
  return {
    /** The server would accept it. */
    allowed: (cmd: Command) => allowed(c.state(), MODERATOR, cmd, now()),
    /** Accepted, or refused only for what is still to be typed. */
    offered: (cmd: Command) => offered(c.state(), MODERATOR, cmd, now()),
    /** Accepted and not a no-op. */
    effective: (cmd: Command) => effective(c.state(), MODERATOR, cmd, now()),
  };
}
