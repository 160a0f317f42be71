// Report download buttons, shared by the moderator and rapporteur views.
import { createSignal, For, Show } from 'solid-js';
import { downloadReport, REPORT_FORMATS, type ReportFormat } from './download.js';

export function ReportDownloads(props: {
  code: string;
  apiKey: string;
  label: string;
  formatLabel: (f: ReportFormat) => string;
  failed: string;
}) {
  const [error, setError] = createSignal(false);
  return (
    <nav class="downloads" aria-label={props.label}>
      <span class="downloads-label">{props.label}</span>
      <For each={REPORT_FORMATS}>
        {(f) => (
          <button
            type="button"
            class="secondary small"
            data-format={f}
            onClick={async () => setError(!(await downloadReport(props.code, props.apiKey, f)))}
          >
            {props.formatLabel(f)}
          </button>
        )}
      </For>
      <Show when={error()}>
        <span class="error" role="alert">
          {props.failed}
        </span>
      </Show>
    </nav>
  );
}
