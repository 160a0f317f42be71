// The wall of answers: featured first, then the newest; names as each participant chose.
import { For, Show, type Accessor } from 'solid-js';
import type { Answer, SessionState } from '../../shared/state.js';
import { tc } from '../i18n/common.js';
import { tp } from '../i18n/projector.js';
import { affiliation, chosenName } from '../live/people.js';
import { answerAuthor } from '../contrib/people.js';

/** As many as a 1080p screen shows legibly; the rest are counted. */
const MAX = 18;

export function AnswerWall(props: {
  state: Accessor<SessionState>;
  answers: Answer[];
  tagOf: (questionId: string) => string;
}) {
  const shown = () => props.answers.slice(0, MAX);
  const more = () => Math.max(0, props.answers.length - MAX);
  return (
    <Show when={props.answers.length > 0} fallback={<p class="wall-empty">{tp('noAnswersYet')}</p>}>
      <ul class="wall" data-testid="answer-wall">
        <For each={shown()}>
          {(a) => {
            const p = () => answerAuthor(props.state(), a);
            return (
              <li class="wall-card" classList={{ featured: a.featured }} data-answer={a.id}>
                <Show when={a.featured || props.tagOf(a.questionId)}>
                  <p class="wall-tags">
                    <Show when={a.featured}>
                      <span class="wall-featured">
                        <span aria-hidden="true">★ </span>
                        {tp('featured')}
                      </span>
                    </Show>
                    <Show when={props.tagOf(a.questionId)}>
                      <span class="wall-tag">{props.tagOf(a.questionId)}</span>
                    </Show>
                  </p>
                </Show>
                <p class="wall-text">
                  <bdi>{a.text}</bdi>
                </p>
                <p class="wall-who">
                  <span class="wall-name">{chosenName(p()) ?? tc('anonymous')}</span>
                  <Show when={affiliation(p())}>
                    <span class="wall-org"> · {affiliation(p())}</span>
                  </Show>
                </p>
              </li>
            );
          }}
        </For>
      </ul>
      <Show when={more() > 0}>
        <p class="wall-more">{tp('moreAnswers', { count: more() })}</p>
      </Show>
    </Show>
  );
}
