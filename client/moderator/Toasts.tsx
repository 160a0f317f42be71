// The alert region: refusals and failures, read out at once, in the moderator's language.
import { For, type Accessor } from 'solid-js';
import { tc } from '../i18n/common.js';
import type { Toast } from './toasts.js';

export function Toasts(props: { items: Accessor<Toast[]>; dismiss: (id: number) => void }) {
  return (
    <div class="toasts" role="alert" aria-live="assertive" data-testid="alerts">
      <For each={props.items()}>
        {(t) => (
          <div class="toast">
            <span class="toast-text">{t.message}</span>
            <button
              type="button"
              class="small ghost toast-close"
              aria-label={tc('close')}
              onClick={() => props.dismiss(t.id)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        )}
      </For>
    </div>
  );
}
