// The timer's commands for the current state, shared by its buttons and the keyboard.
import { createMemo } from 'solid-js';
import { useConsole } from './context.js';
import { endTurnCommand, primaryTimer, resetCommand } from './timerActions.js';
import { useRules } from './useRules.js';

export function useTimerControls() {
  const c = useConsole();
  const primaryState = createMemo(() => primaryTimer(c.state(), c.serverNow()), undefined, {
    equals: (a, b) => a?.label === b?.label && JSON.stringify(a?.command) === JSON.stringify(b?.command),
  });
  const r = useRules();
  const canEndTurn = createMemo(() => endTurnCommand(c.state(), c.serverNow()) !== null);
  // ±1 minute and reset, as shared/ allows them now (both refused once the session ended).
  const canAdjust = createMemo(() => r.allowed({ type: 'timer:adjust', deltaMs: 60_000 }));
  const canReset = createMemo(() => r.allowed(resetCommand()));

  const primary = async () => {
    const cmd = primaryTimer(c.state(), c.serverNow())?.command;
    if (cmd) await c.send(cmd);
  };
  const endTurn = async () => {
    const cmd = endTurnCommand(c.state(), c.serverNow());
    if (cmd) await c.send(cmd);
  };
  const adjust = async (deltaMs: number) => {
    if (canAdjust()) await c.send({ type: 'timer:adjust', deltaMs });
  };
  const reset = async () => {
    if (canReset()) await c.send(resetCommand());
  };
  return { primaryState, canEndTurn, canAdjust, canReset, primary, endTurn, adjust, reset };
}
