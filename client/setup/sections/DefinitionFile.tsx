// The definition as a file: export the draft as JSON, or import one exported before (it replaces
// the draft, unsaved, with every problem shown at once).
import { createSignal, Show } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { setupT as t } from '../../i18n/setup.js';
import { downloadJson, readJsonDefinition, slug } from '../definitionFile.js';
import type { EditorState } from '../editorState.js';

export function DefinitionFile(props: { ed: EditorState }) {
  const ed = props.ed;
  const [notice, setNotice] = createSignal<{ ok: boolean; text: string } | null>(null);
  let fileInput!: HTMLInputElement;

  function exportJson() {
    const name = `palabre-${slug(ed.draft.title) || 'session'}.json`;
    downloadJson(name, unwrap(ed.draft));
    setNotice({ ok: true, text: t('exported', { file: name }) });
  }
  async function importJson(file: File) {
    const r = await readJsonDefinition(file);
    if (!r.ok) {
      setNotice({
        ok: false,
        text:
          r.reason === 'json' ? t('importNotJson', { file: file.name }) : t('importNotDefinition', { file: file.name }),
      });
      return;
    }
    ed.load(r.definition, false);
    ed.setSubmitted(true);
    setNotice({ ok: true, text: t('imported', { file: file.name }) });
  }

  return (
    <div class="se-file-bar">
      <button type="button" class="secondary" onClick={exportJson}>
        <span aria-hidden="true">⤓</span> {t('exportJson')}
      </button>
      <button type="button" class="secondary" onClick={() => fileInput.click()}>
        <span aria-hidden="true">⤒</span> {t('importJson')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        class="visually-hidden"
        tabindex="-1"
        aria-label={t('importJson')}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (f) void importJson(f);
        }}
      />
      <Show when={notice()}>
        {(n) => (
          <p class={n().ok ? 'hint' : 'error'} role="status">
            {n().text}
          </p>
        )}
      </Show>
    </div>
  );
}
