// One block per question on the floor or open for answers.
import { For, Show, createMemo } from 'solid-js';
import { t } from '../i18n/participant.js';
import { stateOf, useLive } from './context.js';
import { answerableQuestions } from './floor.js';
import { QuestionBlock } from './QuestionBlock.js';

export function AnswerSection() {
  const live = useLive();
  const questions = createMemo(() => answerableQuestions(stateOf(live)));
  // Keyed by id (strings), so a block keeps its focus and local state when the state changes.
  const ids = createMemo(() => questions().map((q) => q.id));
  return (
    <Show when={questions().length}>
      <section class="answers" aria-labelledby="answers-title" data-testid="answers">
        <h2 id="answers-title" class="section-title">
          {t('answerHeading', { count: questions().length })}
        </h2>
        <For each={ids()}>
          {(id) => <Show when={questions().find((q) => q.id === id)}>{(q) => <QuestionBlock question={q()} />}</Show>}
        </For>
      </section>
    </Show>
  );
}
