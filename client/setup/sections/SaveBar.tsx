// The bar at the foot of the editor: the last deletion's undo, the save status, the save button.
import { Show } from 'solid-js';
import { setupT as t } from '../../i18n/setup.js';
import type { EditorState } from '../editorState.js';

export function SaveBar(props: { ed: EditorState; saveLabel?: string }) {
  const ed = props.ed;
  return (
    <div class="se-save-bar">
      <Show when={ed.undo()}>
        {(u) => (
          <div class="se-undo">
            <span>{u().message}</span>
            <button type="button" class="ghost se-small" onClick={ed.undoLast}>
              {t('undo')}
            </button>
          </div>
        )}
      </Show>
      <p class="se-save-status" role="status" aria-live="polite">
        <Show when={ed.status().kind === 'saving'}>{t('saving')}</Show>
        <Show when={ed.status().kind === 'saved' && !ed.dirty()}>
          <span class="se-ok">✓ {t('saved')}</span>
        </Show>
        <Show when={ed.status().kind === 'failed'}>
          <span class="error">{(ed.status() as { message: string }).message}</span>
        </Show>
        <Show when={ed.status().kind === 'idle' && ed.dirty()}>{t('unsaved')}</Show>
      </p>
      <button type="submit" class="se-save" disabled={ed.status().kind === 'saving'}>
        {props.saveLabel ?? t('save')}
      </button>
    </div>
  );
}
