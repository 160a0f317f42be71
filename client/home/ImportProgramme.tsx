// The home page's "Import a programme" card: one sheet, or several briefs at once, each read by the
// server into rows; the rows go to the review (ProgrammeReview.tsx). Nothing is created here.
import { createSignal, Show } from 'solid-js';
import { programmeT as t } from '../i18n/programme.js';
import { previewFile } from './programmeApi.js';
import type { PreviewedRow } from './programmeRows.js';

export function ImportProgramme(props: {
  onReview: (rows: PreviewedRow[]) => void;
  /** The organizer's forum page says where the sessions go. */
  title?: string;
  hint?: string;
}) {
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');

  async function read(files: File[]) {
    setError('');
    const rows: PreviewedRow[] = [];
    for (const file of files) {
      setStatus(t('reading', { file: file.name }));
      const res = await previewFile(file);
      if (res.kind !== 'ok') {
        setStatus('');
        setError(
          res.kind === 'network' ? t('networkError') : t('readFailed', { file: file.name, detail: res.message }),
        );
        return;
      }
      for (const row of res.body.rows) rows.push({ ...row, file: file.name, kind: res.body.kind });
    }
    setStatus('');
    props.onReview(rows);
  }

  return (
    <section class="card" aria-labelledby="home-programme-title">
      <h2 id="home-programme-title">{props.title ?? t('importTitle')}</h2>
      <div class="field">
        <label for="home-programme">{t('importLabel')}</label>
        <p class="hint" id="home-programme-hint">
          {props.hint ? `${props.hint} ${t('importHint')}` : t('importHint')}
        </p>
        <input
          id="home-programme"
          type="file"
          multiple
          accept=".xlsx,.csv,.docx,.txt,.md"
          aria-describedby={error() ? 'home-programme-hint home-programme-error' : 'home-programme-hint'}
          disabled={status() !== ''}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            if (files.length) void read(files);
          }}
        />
        <Show when={status()}>
          <p class="hint" role="status">
            {status()}
          </p>
        </Show>
        <Show when={error()}>
          <p class="field-error" id="home-programme-error" role="alert">
            {error()}
          </p>
        </Show>
      </div>
    </section>
  );
}
