// A file picker with its label and hint; `error` shows under it, `children` (a status) before that.
import { Show, type JSX } from 'solid-js';

export function FileField(props: {
  id: string;
  label: string;
  hint: string;
  accept: string;
  error: string;
  disabled?: boolean;
  onFile: (file: File) => void;
  children?: JSX.Element;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <p class="hint" id={`${props.id}-hint`}>
        {props.hint}
      </p>
      <input
        id={props.id}
        type="file"
        accept={props.accept}
        aria-describedby={props.error ? `${props.id}-hint ${props.id}-error` : `${props.id}-hint`}
        disabled={props.disabled}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (f) props.onFile(f);
        }}
      />
      {props.children}
      <Show when={props.error}>
        <p class="field-error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      </Show>
    </div>
  );
}
