// One answer: who (as they chose, or anonymous), what, when; hide it (off the projector and the
// report) or feature it; in a session whose answers are reviewed, approve it for the projector.
// With the answer focused, one key each: A approves, H hides (or shows again).
import { Show } from 'solid-js';
import { answersReviewed, onWall } from '../../shared/answers.js';
import type { Answer } from '../../shared/state.js';
import { tc } from '../i18n/common.js';
import { tm } from '../i18n/moderator.js';
import { affiliation, chosenName } from '../live/people.js';
import { answerAuthor } from '../contrib/people.js';
import { useConsole } from './context.js';
import { useRules } from './useRules.js';
import { formatTime } from '../live/format.js';
import { plusOneCount, wallEverShown } from '../../shared/wall.js';
import { tw } from '../i18n/wall.js';

export function AnswerItem(props: { answerId: string }) {
  const c = useConsole();
  const r = useRules();
  const answer = (): Answer => c.state().answers[props.answerId]!;
  const who = () => answerAuthor(c.state(), answer());
  const name = () => chosenName(who()) ?? tc('anonymous');
  const org = () => affiliation(who());
  const time = () => formatTime(answer().createdAt, c.serverNow() - Date.now());
  const moderate = (change: { hidden?: boolean; featured?: boolean; approved?: boolean }) =>
    void c.send({ type: 'answer:moderate', answerId: answer().id, ...change });
  const reviewed = () => answersReviewed(c.state());
  const toggleHidden = () => moderate({ hidden: !answer().hidden, ...(answer().hidden ? {} : { featured: false }) });
  const toggleApproved = () => moderate({ approved: !answer().approved });
  const onKey = (e: KeyboardEvent) => {
    // Only on the answer itself, not on its buttons' own keys; the console's shortcuts wait.
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const k = e.key.toLowerCase();
    if (k === 'a' && reviewed()) toggleApproved();
    else if (k === 'h') toggleHidden();
    else return;
    e.preventDefault();
  };
  return (
    <li
      class="answer"
      classList={{
        'answer-hidden': answer().hidden,
        'answer-featured': answer().featured,
        'answer-awaiting': reviewed() && !answer().hidden && !answer().approved,
      }}
      data-answer={answer().id}
      // Focusable so A and H act on it (the list is walked with Tab like the rest of the console).
      tabindex="0"
      aria-keyshortcuts={reviewed() ? 'A H' : 'H'}
      onKeyDown={onKey}
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
          <Show when={plusOneCount(c.state(), answer().id) || wallEverShown(c.state(), answer().questionId)}>
            <span class="pill" data-testid="answer-plus-ones">
              {tw('plusOnes', { count: plusOneCount(c.state(), answer().id) })}
            </span>
          </Show>
          <Show when={answer().hidden}>
            <span class="pill muted">{tm('hidden')}</span>
          </Show>
          <Show when={reviewed() && !answer().hidden}>
            <span class="pill" classList={{ warn: !answer().approved, live: onWall(c.state(), answer()) }}>
              {answer().approved ? tm('onWall') : tm('awaitingApproval')}
            </span>
          </Show>
        </p>
        <p class="answer-text">
          <bdi>{answer().text}</bdi>
        </p>
      </div>
      <div class="answer-actions">
        <Show when={reviewed()}>
          <button
            type="button"
            class="small"
            classList={{ secondary: !!answer().approved }}
            aria-pressed={!!answer().approved}
            aria-label={tm('approveAnswerOf', { name: name() })}
            aria-keyshortcuts="A"
            data-testid="approve-answer"
            onClick={toggleApproved}
          >
            {tm('approve')}
          </button>
        </Show>
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
          aria-keyshortcuts="H"
          onClick={toggleHidden}
        >
          {tm('hide')}
        </button>
      </div>
    </li>
  );
}
