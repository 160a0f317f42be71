// A textarea bound to a draft kept on the device, with a character counter against the session's
// limit and a send button. Used for answers, answer edits and audience questions.
import { Show, createUniqueId, type JSX } from 'solid-js';
import { t } from '../i18n/participant.js';
import type { Draft } from './drafts.js';

export function Composer(props: {
  label: string;
  draft: Draft;
  max: number;
  sendLabel: string;
  /** False: the text stays editable but cannot be sent (e.g. the question closed). */
  canSend: boolean;
  onSend: (text: string) => void;
  testid: string;
  /** Extra controls after the send button (e.g. Cancel). */
  children?: JSX.Element;
}) {
  const id = createUniqueId();
  const length = () => props.draft.text().trim().length;
  const over = () => length() - props.max;
  const ready = () => props.canSend && length() > 0 && over() <= 0;
  const submit = (e: Event) => {
    e.preventDefault();
    if (ready()) props.onSend(props.draft.text().trim());
  };
  return (
    <form class="composer" onSubmit={submit} data-testid={props.testid}>
      <label for={`${id}-text`}>{props.label}</label>
      <textarea
        id={`${id}-text`}
        rows={4}
        value={props.draft.text()}
        onInput={(e) => props.draft.set(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && submit(e)}
        aria-describedby={`${id}-count`}
        aria-invalid={over() > 0 ? 'true' : undefined}
      />
      <div class="composer-meta">
        <span class="saved" aria-hidden={!props.draft.saved()}>
          <Show when={props.draft.saved()}>
            <span data-testid="draft-saved">{t('draftSaved')}</span>
          </Show>
        </span>
        <span class="counter" classList={{ over: over() > 0 }} aria-hidden="true">
          {t('counter', { count: length(), max: props.max })}
        </span>
        <span class="visually-hidden" id={`${id}-count`}>
          {over() > 0 ? t('tooLong', { count: over() }) : t('counterLong', { count: length(), max: props.max })}
        </span>
      </div>
      <Show when={over() > 0}>
        <p class="error">{t('tooLong', { count: over() })}</p>
      </Show>
      <div class="actions">
        <Show when={props.canSend}>
          <button type="submit" disabled={!ready()} data-testid={`${props.testid}-send`}>
            {props.sendLabel}
          </button>
        </Show>
        {props.children}
      </div>
    </form>
  );
}
