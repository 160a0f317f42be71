// A question from the room: its text, to whom, the replies if any, and an upvote toggle (shown at
// once from the outbox, confirmed by the server).
import { Show, createMemo, createUniqueId } from 'solid-js';
import { voteCount, type AudienceQuestion } from '../../shared/state.js';
import { ta } from '../i18n/participantAudience.js';
import { speakerName } from './aq.js';
import { AqAnswer } from './AqAnswer.js';
import { stateOf, useLive } from './context.js';
import { pendingOf } from './outbox.js';

export function AqItem(props: { question: AudienceQuestion }) {
  const live = useLive();
  const id = createUniqueId();
  const q = () => props.question;
  const votedOnServer = () => q().voters.includes(live.participantId() ?? '');
  const pendingVote = createMemo(() =>
    pendingOf(live.pending(), 'aq:vote')
      .filter((c) => c.questionId === q().id)
      .at(-1),
  );
  const voted = () => pendingVote()?.up ?? votedOnServer();
  const count = () => voteCount(q()) + (voted() === votedOnServer() ? 0 : voted() ? 1 : -1);
  return (
    <li class="aq" classList={{ pinned: q().pinned }} data-testid="room-question">
      <div class="aq-body">
        <Show when={q().pinned}>
          <p class="pin">{ta('pinned')}</p>
        </Show>
        <p class="aq-text" id={`${id}-text`}>
          <bdi>{q().text}</bdi>
        </p>
        <p class="aq-to">
          {q().speakerId ? ta('toSpeaker', { name: speakerName(stateOf(live), q().speakerId) ?? '' }) : ta('toPanel')}
        </p>
        <AqAnswer replies={q().replies} />
      </div>
      <button
        type="button"
        class="vote"
        aria-pressed={voted()}
        aria-describedby={`${id}-text`}
        onClick={() => void live.send({ type: 'aq:vote', questionId: q().id, up: !voted() })}
        data-testid="vote"
      >
        <span aria-hidden="true" class="arrow">
          ▲
        </span>
        <span class="visually-hidden">{ta('upvote')}, </span>
        <span>{count()}</span>
      </button>
    </li>
  );
}
