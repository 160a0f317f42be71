// A form's refusal, read out when it appears (role="alert"); nothing at all while there is none.
import { Show } from 'solid-js';

export function FieldError(props: { message: string | undefined }) {
  return (
    <Show when={props.message}>
      <p class="field-error" role="alert">
        {props.message}
      </p>
    </Show>
  );
}
