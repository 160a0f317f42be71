// The wall of answers: featured first, then the newest; names as each participant chose. More than
// a screenful turns into pages that advance on their own, so every answer reaches the wall.
import { createEffect, createMemo, createSignal, For, on, onCleanup, Show, type Accessor } from 'solid-js';
import type { Answer, SessionState } from '../../shared/state.js';
import { tc } from '../i18n/common.js';
import { tp } from '../i18n/projector.js';
import { affiliation, chosenName } from '../live/people.js';
import { answerAuthor } from '../contrib/people.js';
import { plusOneCount, wallEverShown } from '../../shared/wall.js';
import { tw } from '../i18n/wall.js';

/** As many as a 1080p screen shows legibly on one page. */
export const WALL_PAGE = 18;
/** How long each page stays up: long enough to read a few answers from the back of the room. */
const PAGE_MS = 12_000;

export function AnswerWall(props: {
  state: Accessor<SessionState>;
  answers: Answer[];
  tagOf: (questionId: string) => string;
}) {
  const pages = createMemo(() => Math.max(1, Math.ceil(props.answers.length / WALL_PAGE)));
  const [page, setPage] = createSignal(0);
  // Past the last page (answers hidden or withdrawn): back to the first.
  createEffect(on(pages, (n) => page() >= n && setPage(0)));
  const timer = setInterval(() => pages() > 1 && setPage((p) => (p + 1) % pages()), PAGE_MS);
  onCleanup(() => clearInterval(timer));
  const shown = () => props.answers.slice(page() * WALL_PAGE, (page() + 1) * WALL_PAGE);
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
                  <Show when={plusOneCount(props.state(), a.id) || wallEverShown(props.state(), a.questionId)}>
                    <span class="wall-plus" data-testid="wall-plus-ones">
                      {tw('plusOnes', { count: plusOneCount(props.state(), a.id) })}
                    </span>
                  </Show>
                </p>
              </li>
            );
          }}
        </For>
      </ul>
      <Show when={pages() > 1}>
        <p class="wall-more" data-testid="wall-page">
          {tp('wallPage', { page: page() + 1, pages: pages() })}
        </p>
      </Show>
    </Show>
  );
}
