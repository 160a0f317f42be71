// One answer: who (as they chose, or anonymous), what, when; hide it (off the projector and the
// report) or feature it.
import { Show } from 'solid-js';
import type { Answer } from '../../shared/state.js';
import { tc } from '../i18n/common.js';
import { tm } from '../i18n/moderator.js';
import { affiliation, chosenName } from '../live/people.js';
import { answerAuthor } from '../contrib/people.js';
import { useConsole } from './context.js';
import { useRules } from './useRules.js';
import { formatTime } from '../live/format.js';

export function AnswerItem(props: { answerId: string }) {
  const c = useConsole();
  const r = useRules();
  const answer = (): Answer => c.state().answers[props.answerId]!;
  const who = () => answerAuthor(c.state(), answer());
  const name = () => chosenName(who()) ?? tc('anonymous');
  const org = () => affiliation(who());
  const time = () => formatTime(answer().createdAt, c.serverNow() - Date.now());
  const moderate = (change: { hidden?: boolean; featured?: boolean }) =>
    void c.send({ type: 'answer:moderate', answerId: answer().id, ...change });
  return (
    <li
      class="answer"
      classList={{ 'answer-hidden': answer().hidden, 'answer-featured': answer().featured }}
      data-answer={answer().id}
    >
      <div class="answer-body">
        <p class="answer-meta">
          <span class="answer-name">{name()}</span>
          <Show when={org()}>
            <span class="answer-org"> · {org()}</span>
          </Show>
          <span class="answer-time"> · {time()}</span>
          <Show when={answer().updatedAt > answer().createdAt}>
            <span class="answer-time"> · {tm('edited')}</span>
          </Show>
          <Show when={answer().featured}>
            <span class="pill feature">{tm('featured')}</span>
          </Show>
          <Show when={answer().hidden}>
            <span class="pill muted">{tm('hidden')}</span>
          </Show>
        </p>
        <p class="answer-text">
          <bdi>{answer().text}</bdi>
        </p>
      </div>
      <div class="answer-actions">
        <button
          type="button"
          class="small secondary"
          aria-pressed={answer().featured}
          aria-label={tm('featureAnswerOf', { name: name() })}
          disabled={!r.allowed({ type: 'answer:moderate', answerId: answer().id, featured: !answer().featured })}
          onClick={() => moderate({ featured: !answer().featured })}
        >
          {tm('feature')}
        </button>
        <button
          type="button"
          class="small ghost"
          aria-pressed={answer().hidden}
          aria-label={tm('hideAnswerOf', { name: name() })}
          onClick={() => moderate({ hidden: !answer().hidden, ...(answer().hidden ? {} : { featured: false }) })}
        >
          {tm('hide')}
        </button>
      </div>
    </li>
  );
}
