// After the session, from the report panel: planned against spoken minutes per speaker and the
// participation timeline, in a dialog wide enough to read them. Loaded lazily on first opening (the
// chart code stays out of the console's first load and never reaches a phone). The SVG comes from
// shared/charts, which escapes every piece of text.
import { createMemo, onMount, Show } from 'solid-js';
import { chartLabels } from '../../shared/charts/labels.js';
import { speakingTimeChart } from '../../shared/charts/speakingTime.js';
import { timelineCaption, timelineChart } from '../../shared/charts/timeline.js';
import { speakingMinutes } from '../../shared/results/speaking.js';
import { sessionTimeline } from '../../shared/results/timeline.js';
import { lang } from '../i18n/i18n.js';
import { tm } from '../i18n/moderator.js';
import { useConsole } from './context.js';

export default function SessionCharts(props: { close: () => void }) {
  const c = useConsole();
  let dialog: HTMLDialogElement | undefined;
  const l = createMemo(() => chartLabels(lang()));
  // Ended: the numbers no longer move, so the clock is the end, not the ticking server time.
  const end = () => c.state().endedAt ?? c.serverNow();
  const speakers = createMemo(() => speakingMinutes(c.state(), end()));
  const spoke = () => speakers().some((s) => s.spokenMinutes !== null);
  const timeline = createMemo(() => sessionTimeline(c.state(), end()));
  const zone = () => c.state().definition.timeZone;
  onMount(() => dialog?.showModal());
  return (
    <dialog
      ref={dialog}
      class="session-charts"
      aria-labelledby="session-charts-title"
      onClose={() => props.close()}
      data-testid="session-charts"
    >
      <h2 id="session-charts-title">{tm('sessionCharts')}</h2>
      <Show when={spoke()}>
        <figure>
          <figcaption>{l().speakingTime}</figcaption>
          <div class="chart" innerHTML={speakingTimeChart(speakers(), l().speakingTime, l()).svg} />
        </figure>
      </Show>
      <Show when={timeline().bins.length > 0}>
        <figure>
          <figcaption>{l().participation}</figcaption>
          <div class="chart" innerHTML={timelineChart(timeline(), l().participation, l(), zone()).svg} />
          <p class="chart-note">{timelineCaption(timeline(), l(), zone())}</p>
        </figure>
      </Show>
      <button type="button" class="btn" onClick={() => dialog?.close()}>
        {tm('closeCharts')}
      </button>
    </dialog>
  );
}
