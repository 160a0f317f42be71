// The timer's commands for the current state, shared by its buttons and the keyboard.
import { createMemo } from 'solid-js';
import { useConsole } from './context.js';
import { endTurnCommand, primaryTimer, resetCommand } from './timerActions.js';

export function useTimerControls() {
  const c = useConsole();
  const primaryState = createMemo(() => primaryTimer(c.state(), c.serverNow()), undefined, {
    equals: (a, b) => a?.label === b?.label && JSON.stringify(a?.command) === JSON.stringify(b?.command),
  });
  const canEndTurn = createMemo(() => endTurnCommand(c.state()) !== null);
  const ended = createMemo(() => c.state().phase.kind === 'ended');

  const primary = async () => {
    const cmd = primaryTimer(c.state(), c.serverNow())?.command;
    if (cmd) await c.send(cmd);
  };
  const endTurn = async () => {
    const cmd = endTurnCommand(c.state());
    if (cmd) await c.send(cmd);
  };
  const adjust = async (deltaMs: number) => {
    if (!ended()) await c.send({ type: 'timer:adjust', deltaMs });
  };
  const reset = async () => {
    if (!ended()) await c.send(resetCommand());
  };
  return { primaryState, canEndTurn, ended, primary, endTurn, adjust, reset };
}
