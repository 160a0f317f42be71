// The shared timer: start (a speaker's turn on their step), pause, resume, ±1 minute, reset, end
// the turn; a wrap-up warning in the last minute.
import { createMemo, Show } from 'solid-js';
import { plannedTimerMs } from '../../shared/plannedDurations.js';
import { timeLeft } from '../../shared/timer.js';
import { TimerDisplay } from '../common/TimerDisplay.js';
import { tm } from '../i18n/moderator.js';
import { useConsole } from './context.js';
import { ariaKeys } from './shortcuts.js';
import { useTimerControls } from './useTimerControls.js';

export function TimerPanel() {
  const c = useConsole();
  const t = useTimerControls();
  const left = createMemo(() => timeLeft(c.state().timer, c.serverNow()));
  const wrapUp = createMemo(() => c.state().timer.status === 'running' && left() > 0 && left() <= 60_000);
  const primary = () => t.primaryState();
  const planned = createMemo(() => plannedTimerMs(c.state(), c.state().phase));
  return (
    <div class="timer-panel" role="group" aria-labelledby="timer-heading">
      <h2 id="timer-heading" class="visually-hidden">
        {tm('timer')}
      </h2>
      <TimerDisplay timer={() => c.state().timer} serverNow={c.serverNow} class="timer-big" />
      {/* What the step pre-fills the clock with, so a 4:00 on screen is never a mystery. */}
      <Show when={planned()}>
        {(ms) => (
          <p class="timer-planned" data-testid="timer-planned">
            {tm('plannedFor', { min: Math.round(ms() / 60_000) })}
          </p>
        )}
      </Show>
      <Show when={wrapUp()}>
        <p class="wrapup" data-testid="wrap-up">
          {tm('wrapUp')}
        </p>
      </Show>
      <div class="timer-controls">
        <Show when={primary()}>
          {(p) => (
            <button
              type="button"
              class="timer-primary"
              data-testid="timer-primary"
              aria-keyshortcuts={ariaKeys('timer')}
              disabled={!p().command}
              onClick={t.primary}
            >
              {tm(p().label)}
            </button>
          )}
        </Show>
        <Show when={t.canEndTurn()}>
          <button
            type="button"
            class="secondary"
            aria-keyshortcuts={ariaKeys('endTurn')}
            onClick={t.endTurn}
            data-testid="end-turn"
          >
            {tm('endTurn')}
          </button>
        </Show>
        <button
          type="button"
          class="secondary"
          aria-keyshortcuts={ariaKeys('minusMinute')}
          disabled={!t.canAdjust()}
          onClick={() => t.adjust(-60_000)}
        >
          {tm('minusMinute')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-keyshortcuts={ariaKeys('plusMinute')}
          disabled={!t.canAdjust()}
          onClick={() => t.adjust(60_000)}
        >
          {tm('plusMinute')}
        </button>
        <button
          type="button"
          class="ghost"
          aria-keyshortcuts={ariaKeys('resetTimer')}
          disabled={!t.canReset()}
          onClick={t.reset}
        >
          {tm('resetTimer')}
        </button>
      </div>
    </div>
  );
}
