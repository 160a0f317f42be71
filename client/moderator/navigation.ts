// Moving through the run of show: next, previous, jump. One `phase:set`: the server decides the
// step's timer (its planned time) in the same batch (shared/decide.ts).
import { createMemo } from 'solid-js';
import { useConsole } from './context.js';
import { phaseTitle } from './labels.js';
import { buildSteps, neighbour, stepKey, type Step } from './runOfShow.js';
import { tm } from '../i18n/moderator.js';
import { useRules } from './useRules.js';

export function useNavigation() {
  const c = useConsole();
  // Rebuilt only when what it reads (speaking order, rounds, questions) changes, not on every event.
  const steps = createMemo(() => buildSteps(c.state()));
  const currentKey = createMemo(() => stepKey(c.state().phase));
  const r = useRules();
  // The neighbouring step, when shared/ allows moving there now.
  const reachable = (st: Step | null) => (st && r.allowed({ type: 'phase:set', phase: st.phase }) ? st : null);
  const next = createMemo(() => reachable(neighbour(steps(), c.state().phase, 1, c.roundMode())));
  const previous = createMemo(() => reachable(neighbour(steps(), c.state().phase, -1, c.roundMode())));

  const jump = async (st: Step) => {
    if (st.key === currentKey()) return;
    const ack = await c.send({ type: 'phase:set', phase: st.phase });
    if (!ack.ok) return;
    c.announce(tm('nowAt', { step: phaseTitle(c.state(), st.phase) }));
  };

  const go = async (dir: 1 | -1) => {
    const st = dir === 1 ? next() : previous();
    if (st) await jump(st);
  };

  return { steps, currentKey, next, previous, jump, go };
}
