// The keyboard shortcuts, listed in a dialog: opened with ?, closed with Escape; focus stays
// inside while it is open and returns where it was.
import { createEffect, For, Show, type Accessor } from 'solid-js';
import { Portal } from 'solid-js/web';
import { tc } from '../i18n/common.js';
import { tm } from '../i18n/moderator.js';
import { tro } from '../i18n/room.js';
import { isCueAction, SHORTCUTS } from './shortcuts.js';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function HelpOverlay(props: { open: Accessor<boolean>; close: () => void }) {
  let dialog: HTMLDivElement | undefined;
  let opener: HTMLElement | null = null;

  createEffect(() => {
    if (props.open()) {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      queueMicrotask(() => dialog?.querySelector<HTMLElement>('.help-close')?.focus());
    } else if (opener) {
      const o = opener;
      opener = null;
      queueMicrotask(() => o.isConnected && o.focus());
    }
  });

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      props.close();
      return;
    }
    if (e.key !== 'Tab' || !dialog) return;
    const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <Show when={props.open()}>
      <Portal>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: a click outside the dialog closes it; the keyboard closes it with Escape (onKey) */}
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: see above */}
        <div class="help-backdrop" onClick={props.close}>
          <div
            ref={dialog}
            class="help card"
            role="dialog"
            aria-modal="true"
            aria-labelledby="help-title"
            tabindex="-1"
            onKeyDown={onKey}
            onClick={(e) => e.stopPropagation()}
          >
            <div class="help-head">
              <h2 id="help-title">{tm('shortcutsTitle')}</h2>
              <button type="button" class="small ghost help-close" onClick={props.close}>
                {tc('close')}
              </button>
            </div>
            <table class="help-table">
              <caption class="visually-hidden">{tm('shortcutsTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tm('shortcutKeys')}</th>
                  <th scope="col">{tm('shortcutAction')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={SHORTCUTS}>
                  {(s) => (
                    <tr>
                      <td>
                        <For each={s.keys}>
                          {(k, i) => (
                            <>
                              {i() > 0 ? ` ${tm('or')} ` : ''}
                              <kbd>{k}</kbd>
                            </>
                          )}
                        </For>
                      </td>
                      <td>{isCueAction(s.action) ? tro(`action_${s.action}`) : tm(`action_${s.action}`)}</td>
                    </tr>
                  )}
                </For>
                <tr>
                  <td>
                    <kbd>Alt</kbd> + <kbd>↑</kbd> / <kbd>↓</kbd>
                  </td>
                  <td>{tm('action_moveSpeaker')}</td>
                </tr>
                <tr>
                  <td>
                    <kbd>A</kbd> / <kbd>H</kbd>
                  </td>
                  <td>{tm('action_reviewAnswer')}</td>
                </tr>
                <tr>
                  <td>
                    <kbd>Esc</kbd>
                  </td>
                  <td>{tm('action_closeHelp')}</td>
                </tr>
              </tbody>
            </table>
            <p class="hint">{tm('shortcutsNote')}</p>
          </div>
        </div>
      </Portal>
    </Show>
  );
}
