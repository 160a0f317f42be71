// The replies given to an audience question, when there are some: who answered and the gist of
// each, in the order recorded (a question may be answered by several speakers in turn).
import { For, Show } from 'solid-js';
import type { AqReply } from '../../shared/state.js';
import { ta } from '../i18n/participantAudience.js';

export function AqAnswer(props: { replies: readonly AqReply[] }) {
  return (
    <For each={props.replies}>
      {(r) => (
        <div class="aq-answer" data-testid="aq-reply">
          <Show when={r.by}>
            <p class="by">{ta('answeredBy', { name: r.by })}</p>
          </Show>
          <p>{r.gist}</p>
        </div>
      )}
    </For>
  );
}
