// The report, downloaded with the moderator's key (sent in a header, never in an address).
import { ReportDownloads } from '../common/ReportDownloads.js';
import type { ReportFormat } from '../common/download.js';
import { tm } from '../i18n/moderator.js';
import { useConsole } from './context.js';

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
    </section>
  );
}
