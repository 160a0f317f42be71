// Planned end against projected end: "7 min behind", "on time", "3 min ahead".
import { createMemo, Show } from 'solid-js';
import { tm } from '../i18n/moderator.js';
import { useConsole } from './context.js';
import { schedule } from './schedule.js';
import { formatTime } from '../live/format.js';

export function SchedulePanel() {
  const c = useConsole();
  // Recomputed once a second is plenty for minutes.
  const second = createMemo(() => Math.floor(c.serverNow() / 1000));
  const sched = createMemo(() => schedule(c.state(), second() * 1000));
  const clock = (t: number) => formatTime(t, c.serverNow() - Date.now());
  const status = createMemo(() => {
    const d = sched()?.deltaMinutes;
    if (d === null || d === undefined) return null;
    if (d === 0) return { cls: 'on-time', text: tm('onTime') };
    return d > 0
      ? { cls: 'behind', text: tm('behind', { count: d }) }
      : { cls: 'ahead', text: tm('ahead', { count: -d }) };
  });
  return (
    <Show when={sched()}>
      {(s) => (
        <section class="schedule" aria-labelledby="schedule-heading">
          <h2 id="schedule-heading" class="schedule-heading">
            {tm('schedule')}
          </h2>
          <dl>
            <div>
              <dt>{tm('plannedEnd')}</dt>
              <dd>{s().plannedEnd !== null ? clock(s().plannedEnd!) : tm('plannedEndUnknown')}</dd>
            </div>
            <div>
              <dt>{tm('projectedEnd')}</dt>
              <dd>{clock(s().projectedEnd)}</dd>
            </div>
          </dl>
          <Show when={status()}>
            {(st) => (
              <p class={`schedule-status ${st().cls}`} data-testid="schedule-status">
                {st().text}
              </p>
            )}
          </Show>
        </section>
      )}
    </Show>
  );
}
