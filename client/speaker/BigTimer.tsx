// The speaker's countdown, as large as the screen allows, coloured by what is left (shared/timerTone):
// calm, wrap up, last minute, then over time, which flashes. Screen readers hear it at minute marks.
import { createMemo, type Accessor } from 'solid-js';
import { formatClock, timeLeft, type Timer } from '../../shared/timer.js';
import { timerTone } from '../../shared/timerTone.js';
import { tc } from '../i18n/common.js';
import { tro } from '../i18n/room.js';

export function BigTimer(props: { timer: Accessor<Timer>; serverNow: Accessor<number>; class?: string }) {
  const left = createMemo(() => timeLeft(props.timer(), props.serverNow()));
  const tone = createMemo(() => timerTone(props.timer(), props.serverNow()));
  const shown = createMemo(() => formatClock(left()));
  const minuteMark = createMemo(() => {
    const ms = left();
    const m = ms >= 0 ? Math.ceil(ms / 60_000) : Math.floor(-ms / 60_000);
    return ms >= 0 ? tc('minutesLeft', { count: m }) : tc('minutesOver', { count: m });
  });
  return (
    <div
      class={`big-timer tone-${tone()} ${props.class ?? ''}`}
      classList={{ 'big-timer-long': shown().length > 5 }}
      data-testid="big-timer"
      data-tone={tone()}
    >
      <span class="big-timer-value" data-testid="timer" aria-hidden="true">
        {shown()}
      </span>
      <span class="big-timer-label">
        {props.timer().status === 'paused' ? tc('timerPaused') : tro(`tone_${tone()}`)}
      </span>
      <span class="visually-hidden" role="timer" aria-live="polite" aria-atomic="true">
        {minuteMark()}
      </span>
    </div>
  );
}
