// The questions on the phone: the floor first and open; other open questions and earlier answers
// reachable below, collapsed, so they never push the floor off the screen.
import { For, Show, createMemo, type JSX } from 'solid-js';
import type { QuestionRef } from '../../shared/questions.js';
import { t } from '../i18n/participant.js';
import { stateOf, useLive } from './context.js';
import { phoneQuestions } from './floor.js';
import { QuestionBlock } from './QuestionBlock.js';

export function AnswerSection() {
  const live = useLive();
  const drafted = (id: string) => !!live.drafts.get(id).text().trim();
  const qs = createMemo(() => phoneQuestions(stateOf(live), live.participantId(), drafted));
  const floor = () => qs().floor;
  return (
    <>
      <Show when={floor().length}>
        <section class="answers" aria-labelledby="answers-title" data-testid="answers">
          <h2 id="answers-title" class="section-title">
            {t('answerHeading', { count: floor().length })}
          </h2>
          <Blocks list={floor()} compact={floor().length === 1} />
        </section>
      </Show>
      <Folded list={qs().open} title={t('stillOpen', { count: qs().open.length })} testid="still-open" />
      {/* Opened by itself while it holds unsent text: a question closed mid-sentence stays in front. */}
      <Folded
        list={qs().earlier}
        title={t('earlierAnswers', { count: qs().earlier.length })}
        testid="earlier"
        open={qs().earlier.some((q) => drafted(q.id))}
      />
    </>
  );
}

/** Keyed by id (strings), so a block keeps its focus and local state when the state changes. */
function Blocks(props: { list: QuestionRef[]; compact?: boolean }): JSX.Element {
  const ids = createMemo(() => props.list.map((q) => q.id));
  return (
    <For each={ids()}>
      {(id) => (
        <Show when={props.list.find((q) => q.id === id)}>
          {(q) => <QuestionBlock question={q()} compact={props.compact} />}
        </Show>
      )}
    </For>
  );
}

function Folded(props: { list: QuestionRef[]; title: string; testid: string; open?: boolean }) {
  return (
    <Show when={props.list.length}>
      <details class="folded" data-testid={props.testid} open={props.open}>
        <summary>{props.title}</summary>
        <Blocks list={props.list} />
      </details>
    </Show>
  );
}
