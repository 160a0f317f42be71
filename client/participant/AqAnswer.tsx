// The answer given to an audience question, when there is one: who answered and the gist.
import { Show } from 'solid-js';
import type { AudienceQuestion } from '../../shared/state.js';
import { ta } from '../i18n/participantAudience.js';

export function AqAnswer(props: { answer: AudienceQuestion['answer'] }) {
  return (
    <Show when={props.answer}>
      {(a) => (
        <div class="aq-answer">
          <p class="by">{ta('answeredBy', { name: a().by })}</p>
          <p>{a().gist}</p>
        </div>
      )}
    </Show>
  );
}
