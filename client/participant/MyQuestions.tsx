// The participant's own audience questions and where each stands: waiting for approval,
// published, answered (with each reply: who answered and the gist); those still in the outbox too.
import { For, Show, createMemo, createSignal } from 'solid-js';
import { aqDisplayStatus, voteCount, type AudienceQuestion } from '../../shared/state.js';
import { t } from '../i18n/participant.js';
import { ta } from '../i18n/participantAudience.js';
import { myQuestions } from '../../shared/audience.js';
import { speakerName } from './aq.js';
import { AqAnswer } from './AqAnswer.js';
import { stateOf, useLive } from './context.js';
import { DeliveryLabel } from './DeliveryLabel.js';
import { inFlightState, pendingOf } from './outbox.js';
import { useParticipantRules } from './rules.js';

export function MyQuestions() {
  const live = useLive();
  const s = () => stateOf(live);
  const stored = createMemo(() => myQuestions(s(), live.participantId()));
  const queued = createMemo(() =>
    pendingOf(live.pending(), 'aq:ask').filter((c) => !s().audienceQuestions[c.questionId]),
  );
  return (
    <Show when={stored().length || queued().length}>
      <div class="card">
        <h3>{ta('yourQuestions')}</h3>
        <ul class="aq-list" data-testid="my-questions">
          <For each={queued()}>
            {(c) => (
              <li class="aq">
                <p class="aq-text">
                  <bdi>{c.text}</bdi>
                </p>
                <Show when={speakerName(s(), c.speakerId)}>
                  {(n) => <p class="aq-to">{ta('toSpeaker', { name: n() })}</p>}
                </Show>
                <DeliveryLabel state={inFlightState(live.status())} />
              </li>
            )}
          </For>
          <For each={stored()}>{(q) => <MyQuestion question={q} />}</For>
        </ul>
      </div>
    </Show>
  );
}

function MyQuestion(props: { question: AudienceQuestion }) {
  const live = useLive();
  const [confirming, setConfirming] = createSignal(false);
  const q = () => props.question;
  // 'answered' is shown, not stored: a published question with a reply. A hidden one stays
  // "Not published", and its replies (a note for the report) are not shown.
  const status = () => aqDisplayStatus(q());
  const withdrawing = () => pendingOf(live.pending(), 'aq:withdraw').some((c) => c.questionId === q().id);
  const rules = useParticipantRules();
  // The server accepts a withdrawal of any own question; the phone offers it stricter, by choice:
  // once answered (or hidden, merged) it belongs to the report.
  const canWithdraw = () =>
    rules.offered({ type: 'aq:withdraw', questionId: q().id }) &&
    (status() === 'pending' || status() === 'published') &&
    !withdrawing();
  return (
    <li class="aq" data-testid="my-question" data-status={status()}>
      <p class="aq-text">
        <bdi>{q().text}</bdi>
      </p>
      <Show when={speakerName(stateOf(live), q().speakerId)}>
        {(n) => <p class="aq-to">{ta('toSpeaker', { name: n() })}</p>}
      </Show>
      <div class="aq-meta">
        <span class={`status status-${status()}`} data-testid="my-question-status">
          {ta(`st_${status()}`)}
        </span>
        <Show when={q().status === 'published'}>
          <span class="votes">{ta('votes', { count: voteCount(q()) })}</span>
        </Show>
        <Show when={withdrawing()}>
          <DeliveryLabel state={inFlightState(live.status())} sending={t('withdrawing')} />
        </Show>
        <Show when={canWithdraw() && !confirming()}>
          <button type="button" class="ghost small" onClick={() => setConfirming(true)}>
            {t('withdraw')}
          </button>
        </Show>
      </div>
      <Show when={q().status === 'published'}>
        <AqAnswer replies={q().replies} />
      </Show>
      <Show when={confirming()}>
        <div class="confirm" role="group" aria-label={ta('confirmWithdrawQuestion')}>
          <p>{ta('confirmWithdrawQuestion')}</p>
          <button
            type="button"
            class="danger small"
            onClick={() => {
              setConfirming(false);
              void live.send({ type: 'aq:withdraw', questionId: q().id });
            }}
          >
            {t('yesWithdraw')}
          </button>
          <button type="button" class="secondary small" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      </Show>
    </li>
  );
}
