import { createMemo, Show, type Accessor } from 'solid-js';
import { formatClock, timeLeft, type Timer } from '../../shared/timer.js';
import { tc } from '../i18n/common.js';

/**
 * The shared countdown: time left = endsAt − (Date.now() + offset), counted locally. Screen readers
 * hear it at minute marks only (a separate polite live region), never every second.
 */
export function TimerDisplay(props: { timer: Accessor<Timer>; serverNow: Accessor<number>; class?: string }) {
  const left = createMemo(() => timeLeft(props.timer(), props.serverNow()));
  const warn = createMemo(() => left() < 60_000 && props.timer().status !== 'idle');
  const over = createMemo(() => left() < 0);
  const minuteMark = createMemo(() => {
    const ms = left();
    const m = ms >= 0 ? Math.ceil(ms / 60_000) : Math.floor(-ms / 60_000);
    return ms >= 0 ? tc('minutesLeft', { count: m }) : tc('minutesOver', { count: m });
  });
  return (
    <div class={`timer ${props.class ?? ''}`} classList={{ 'timer-warn': warn() && !over(), 'timer-over': over() }}>
      <span class="timer-value" data-testid="timer" aria-hidden="true">
        {formatClock(left())}
      </span>
      <span class="timer-label">
        <Show when={props.timer().status === 'paused'}>{tc('timerPaused')}</Show>
        <Show when={props.timer().status === 'idle'}>{tc('timerIdle')}</Show>
        <Show when={over()}>{tc('overrun')}</Show>
      </span>
      <span class="visually-hidden" role="timer" aria-live="polite" aria-atomic="true">
        {minuteMark()}
      </span>
    </div>
  );
}
