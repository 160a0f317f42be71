// Questions from the audience: the pinned one (next to put to the speaker) and the top questions.
import { createMemo, For, Show, type Accessor } from 'solid-js';
import { voteCount, type AudienceQuestion, type SessionState } from '../../shared/state.js';
import { tc } from '../i18n/common.js';
import { tp } from '../i18n/projector.js';
import { pinnedQuestion, topQuestions } from '../../shared/audience.js';
import { speakerById } from '../live/phase.js';
import { lingeringAnswered } from '../../shared/answeredLinger.js';
import { tro } from '../i18n/room.js';
import './answered.css';

export function AudienceStage(props: { state: Accessor<SessionState>; serverNow: Accessor<number> }) {
  const pinned = createMemo(() => pinnedQuestion(props.state()));
  // Just answered: it stays a moment with its reply (shared/answeredLinger.ts), unless another is pinned.
  const answered = createMemo(() => (pinned() ? null : lingeringAnswered(props.state(), props.serverNow())));
  const top = createMemo(() => topQuestions(props.state(), pinned() ? 4 : 6));
  const to = (q: AudienceQuestion) => {
    const sp = q.speakerId ? speakerById(props.state(), q.speakerId) : undefined;
    return sp ? tp('toSpeaker', { name: sp.name }) : tp('toPanel');
  };
  return (
    <section class="stage stage-audience" aria-labelledby="stage-title">
      <p class="kicker">{tc('phase_audience')}</p>
      <Show when={pinned()}>
        {(q) => (
          <div class="pinned-card" data-testid="projector-pinned">
            <p class="pinned-label">
              {tp('nextQuestion')} · {to(q())}
            </p>
            <h1 id="stage-title" class="pinned-text">
              <bdi>{q().text}</bdi>
            </h1>
            <p class="pinned-votes">{tp('votes', { count: voteCount(q()) })}</p>
          </div>
        )}
      </Show>
      <Show when={answered()}>
        {(q) => (
          <div class="pinned-card answered-card" data-testid="projector-answered">
            <p class="pinned-label">
              {tro('answeredLabel')} · {to(q())}
            </p>
            <h1 id="stage-title" class="pinned-text">
              <bdi>{q().text}</bdi>
            </h1>
            <ul class="answered-replies">
              <For each={q().replies}>
                {(r) => (
                  <li>
                    <Show when={r.by}>
                      <strong>
                        <bdi>{r.by}</bdi>
                      </strong>{' '}
                    </Show>
                    <bdi>{r.gist}</bdi>
                  </li>
                )}
              </For>
            </ul>
          </div>
        )}
      </Show>
      <Show when={!pinned() && !answered()}>
        <h1 id="stage-title" class="audience-title">
          {props.state().audienceOpen ? tp('askOnPhone') : tp('audienceClosed')}
        </h1>
      </Show>
      <Show
        when={top().length > 0}
        fallback={
          <Show when={!pinned() && !answered()}>
            <p class="wall-empty">{tp('noAudienceQuestions')}</p>
          </Show>
        }
      >
        <h2 class="top-title">{tp('topQuestions')}</h2>
        <ol class="top-list">
          <For each={top()}>
            {(q) => (
              <li class="top-item">
                <span class="top-votes">{tp('votes', { count: voteCount(q) })}</span>
                <bdi class="top-text">{q.text}</bdi>
                <span class="top-to">{to(q)}</span>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
