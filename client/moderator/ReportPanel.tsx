// The report, downloaded with the moderator's key (sent in a header, never in an address), and
// after the session its charts: speaking time and participation (chart code loaded lazily).
import { createSignal, lazy, Show, Suspense } from 'solid-js';
import { ReportDownloads } from '../common/ReportDownloads.js';
import type { ReportFormat } from '../common/download.js';
import { tm } from '../i18n/moderator.js';
import { useConsole } from './context.js';

const SessionCharts = lazy(() => import('./SessionCharts.js'));

const LABEL: Record<ReportFormat, Parameters<typeof tm>[0]> = {
  docx: 'formatDocx',
  pdf: 'formatPdf',
  html: 'formatHtml',
  md: 'formatMd',
  csv: 'formatCsv',
  csvAudience: 'formatCsvAudience',
  json: 'formatJson',
};

export function ReportPanel() {
  const c = useConsole();
  const [charts, setCharts] = createSignal(false);
  return (
    <section class="report card" aria-labelledby="report-heading">
      <h2 id="report-heading">{tm('report')}</h2>
      <ReportDownloads
        code={c.code}
        apiKey={c.moderatorKey}
        label={tm('downloadReport')}
        formatLabel={(f) => tm(LABEL[f])}
        failed={tm('downloadFailed')}
      />
      <Show when={c.state().endedAt !== null}>
        <button type="button" class="btn" data-testid="open-session-charts" onClick={() => setCharts(true)}>
          {tm('sessionCharts')}
        </button>
        <Show when={charts()}>
          <Suspense fallback={null}>
            <SessionCharts close={() => setCharts(false)} />
          </Suspense>
        </Show>
      </Show>
    </section>
  );
}
