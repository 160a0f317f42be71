// The question on the floor (or a whole round), its answer count, and the wall of visible answers.
import { createMemo, For, Show, type Accessor } from 'solid-js';
import { MAIN_QUESTION_ID } from '../../shared/questions.js';
import type { SessionState } from '../../shared/state.js';
import { tc } from '../i18n/common.js';
import { tp } from '../i18n/projector.js';
import { wallCount, wallOf } from '../live/answers.js';
import { responseRate } from '../../shared/responseRate.js';
import { floorQuestions } from '../../shared/floor.js';
import { roundNumber, roundTitle } from '../live/phase.js';
import { AnswerWall } from './AnswerWall.js';
import { isClosedKind, kindOf } from '../../shared/kinds.js';
import { PollResult } from './PollResult.js';
import { byPlusOnes, plusOneCount } from '../../shared/wall.js';

export function QuestionStage(props: { state: Accessor<SessionState> }) {
  const qs = createMemo(() => floorQuestions(props.state()));
  const whole = () => props.state().phase.kind === 'round';
  const roundId = () => qs()[0]?.roundId ?? null;
  const roundName = () =>
    roundTitle(props.state(), roundId()) || tp('roundN', { n: roundNumber(props.state(), roundId()) });
  const kicker = () => {
    const q = qs()[0];
    if (!q) return '';
    if (q.id === MAIN_QUESTION_ID) return tc('mainQuestion');
    return whole() ? roundName() : `${roundName()} · ${tc('questionN', { n: q.index })}`;
  };
  const ids = () => qs().map((q) => q.id);
  /** One closed question on the floor: its chart instead of the wall. */
  const closed = () => {
    const q = qs()[0];
    return !whole() && q && isClosedKind(kindOf(q)) ? q : null;
  };
  // The moderator's order (shared/wall.ts): by +1, most first (featured, then newest, among equals).
  const wall = createMemo(() => {
    const all = wallOf(props.state(), ids());
    return props.state().wallOrder === 'plusOnes' ? byPlusOnes(all, (id) => plusOneCount(props.state(), id)) : all;
  });
  const open = () => ids().some((id) => props.state().openQuestions.includes(id));
  const tagOf = (questionId: string) => {
    const q = qs().find((x) => x.id === questionId);
    return whole() && q ? tc('questionN', { n: q.index }) : '';
  };
  return (
    <section class="stage stage-question" aria-labelledby="stage-title">
      <p class="kicker">{kicker()}</p>
      <Show
        when={!whole()}
        fallback={
          <>
            <h1 id="stage-title" class="visually-hidden">
              {roundName()}
            </h1>
            <ol class="round-questions">
              <For each={qs()}>
                {(q) => (
                  <li>
                    <span class="rq-text">{q.text}</span>{' '}
                    <span class="rq-count">
                      {isClosedKind(kindOf(q))
                        ? tp('responseRate', { ...responseRate(props.state(), q.id) })
                        : tp('answers', { count: wallCount(props.state(), q.id) })}
                    </span>
                  </li>
                )}
              </For>
            </ol>
          </>
        }
      >
        <h1 id="stage-title" class="question-big" data-testid="projector-question">
          {qs()[0]?.text}
        </h1>
      </Show>
      <p class="answer-status">
        <span class="answer-count" data-testid="projector-count">
          {closed()
            ? tp('responseRate', { ...responseRate(props.state(), closed()!.id) })
            : tp('answers', { count: wall().length })}
        </span>
        <Show when={!whole() && !closed() && qs()[0]}>
          {(q) => (
            <span class="answer-rate" data-testid="projector-rate">
              {tp('responseRate', { ...responseRate(props.state(), q().id) })}
            </span>
          )}
        </Show>
        <span class="answer-open" classList={{ closed: !open() }}>
          {open() ? tp('openForAnswers') : tp('answersClosed')}
        </span>
      </p>
      <Show when={closed()} fallback={<AnswerWall state={props.state} answers={wall()} tagOf={tagOf} />}>
        {(q) => <PollResult state={props.state} question={q()} />}
      </Show>
    </section>
  );
}
