// One question's answers on the console: open/closed with its toggle, counts, and the answers.
import { createMemo, For, Show } from 'solid-js';
import type { Command } from '../../shared/commands.js';
import { allQuestions, type QuestionRef } from '../../shared/questions.js';
import { tm } from '../i18n/moderator.js';
import { answersReviewed, isVisibleAnswer } from '../../shared/answers.js';
import { responseRate } from '../../shared/responseRate.js';
import { answersTo } from '../live/answers.js';
import { AnswerItem } from './AnswerItem.js';
import { isClosedKind, kindOf } from '../../shared/kinds.js';
import { KindLine, PollControls } from './PollControls.js';
import { useConsole } from './context.js';
import { questionName, roundName } from './labels.js';
import { ariaKeys } from './shortcuts.js';
import { useRules } from './useRules.js';
import { WallControls } from './WallControls.js';
import { byPlusOnes, plusOneCount } from '../../shared/wall.js';

export function QuestionAnswers(props: { questionId: string }) {
  const c = useConsole();
  const question = createMemo(
    (): QuestionRef =>
      allQuestions(c.state().definition).find((q) => q.id === props.questionId) ?? {
        id: props.questionId,
        text: '',
        roundId: null,
        index: 0,
      },
  );
  // Newest first; by +1 (most first) when the moderator sorts the walls so (the projector follows).
  const list = createMemo(() => {
    const all = answersTo(c.state(), props.questionId);
    return c.state().wallOrder === 'plusOnes' ? byPlusOnes(all, (id) => plusOneCount(c.state(), id)) : all;
  });
  const visible = () => list().filter(isVisibleAnswer).length;
  const hidden = () => list().length - visible();
  const open = () => c.state().openQuestions.includes(question().id);
  const rate = createMemo(() => responseRate(c.state(), props.questionId));
  const r = useRules();
  const toggleCommand = (): Command => ({
    type: open() ? 'answering:close' : 'answering:open',
    questionIds: [question().id],
  });
  const headingId = () => `q-${question().id}`;
  const onFloor = () => {
    const p = c.state().phase;
    return (
      (p.kind === 'question' && p.questionId === question().id) ||
      (p.kind === 'round' && p.roundId === question().roundId)
    );
  };
  return (
    <section class="qa" aria-labelledby={headingId()} data-question={question().id}>
      <div class="qa-head">
        <div>
          <p class="qa-kicker">
            {question().roundId ? `${roundName(c.state(), question().roundId)} · ` : ''}
            {questionName(c.state(), question().id)}
          </p>
          <h3 id={headingId()} class="qa-text">
            {question().text}
          </h3>
          <KindLine question={question()} />
        </div>
        <div class="qa-status">
          <p class="qa-count" data-testid={`count-${question().id}`}>
            {tm('answers', { count: visible() })}
            <Show when={hidden() > 0}>
              <span class="hint"> · {tm('hiddenCount', { count: hidden() })}</span>
            </Show>
          </p>
          <p class="qa-rate" data-testid={`rate-${question().id}`}>
            {tm('responseRate', { answered: rate().answered, joined: rate().joined })}
          </p>
          <p class="pill" classList={{ live: open(), muted: !open() }}>
            {open() ? tm('answeringOpen') : tm('answeringClosed')}
          </p>
          <button
            type="button"
            class="small"
            classList={{ secondary: open() }}
            disabled={!r.allowed(toggleCommand())}
            aria-keyshortcuts={onFloor() ? ariaKeys('answering') : undefined}
            aria-label={tm(open() ? 'closeAnsweringOf' : 'openAnsweringOf', {
              question: questionName(c.state(), question().id),
            })}
            onClick={() => void c.send(toggleCommand())}
          >
            {open() ? tm('closeAnswering') : tm('openAnswering')}
          </button>
        </div>
      </div>
      <PollControls question={question()} />
      <WallControls question={question()} />
      <Show when={answersReviewed(c.state()) && list().length > 0}>
        <p class="hint answer-review">{tm('reviewHint')}</p>
      </Show>
      <Show
        when={!isClosedKind(kindOf(question())) && list().length > 0}
        fallback={
          <Show when={!isClosedKind(kindOf(question()))}>
            <p class="hint">{tm('noAnswersYet')}</p>
          </Show>
        }
      >
        <ul class="answer-list" aria-label={tm('answersListOf', { question: questionName(c.state(), question().id) })}>
          <For each={list()}>{(a) => <AnswerItem answerId={a.id} />}</For>
        </ul>
      </Show>
    </section>
  );
}
