// Moving through the run of show: next, previous, jump. A step without a speaker gets a fresh timer
// set to its planned time (unless one is running), so no frozen count from before stays on screen.
import { createMemo } from 'solid-js';
import { activeTurnOf } from '../../shared/turns.js';
import { useConsole } from './context.js';
import { phaseTitle } from './labels.js';
import { buildSteps, neighbour, stepKey, type Step } from './runOfShow.js';
import { plannedDurations } from './schedule.js';
import { tm } from '../i18n/moderator.js';

export function useNavigation() {
  const c = useConsole();
  // Rebuilt only when what it reads (speaking order, rounds, questions) changes, not on every event.
  const steps = createMemo(() => buildSteps(c.state()));
  const currentKey = createMemo(() => stepKey(c.state().phase));
  const next = createMemo(() => neighbour(steps(), c.state().phase, 1, c.roundMode()));
  const previous = createMemo(() => neighbour(steps(), c.state().phase, -1, c.roundMode()));

  const jump = async (st: Step) => {
    if (st.key === currentKey()) return;
    const before = c.state();
    // A timer running outside a speaker's turn keeps running (e.g. one timing a whole round).
    const keepTimer = before.timer.status === 'running' && !activeTurnOf(before);
    const planned = plannedDurations(before).get(st.key) ?? 0;
    const ack = await c.send({ type: 'phase:set', phase: st.phase });
    if (!ack.ok) return;
    if (st.phase.kind !== 'speaker' && !keepTimer) {
      await c.send({ type: 'timer:reset', durationMs: Math.round(planned / 60_000) * 60_000 });
    }
    c.announce(tm('nowAt', { step: phaseTitle(c.state(), st.phase) }));
  };

  const go = async (dir: 1 | -1) => {
    const st = dir === 1 ? next() : previous();
    if (st) await jump(st);
  };

  return { steps, currentKey, next, previous, jump, go };
}
