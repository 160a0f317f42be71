// The run of show: every step in order, the current one highlighted; next / previous; jump by click.
import { awaitingApproval } from '../../shared/audience.js';
import { createSignal, For, Show } from 'solid-js';
import { spokenMs } from '../../shared/state.js';
import { formatClock } from '../../shared/timer.js';
import { tm } from '../i18n/moderator.js';
import { answersTo } from '../live/answers.js';
import { useConsole } from './context.js';
import { stepLabel } from './labels.js';
import { useNavigation } from './navigation.js';
import type { Step } from './runOfShow.js';
import { ariaKeys } from './shortcuts.js';
import { useRules } from './useRules.js';

export function RunOfShow() {
  const nav = useNavigation();
  const r = useRules();
  return (
    <div class="ros card">
      <h2 id="ros-heading">{tm('runOfShow')}</h2>
      <div class="ros-nav">
        <button
          type="button"
          class="secondary"
          disabled={!nav.previous()}
          aria-keyshortcuts={ariaKeys('previous')}
          onClick={() => nav.go(-1)}
        >
          <span aria-hidden="true">←</span> {tm('previous')}
        </button>
        <button
          type="button"
          disabled={!nav.next()}
          aria-keyshortcuts={ariaKeys('next')}
          onClick={() => nav.go(1)}
          data-testid="next-step"
        >
          {tm('next')} <span aria-hidden="true">→</span>
        </button>
      </div>
      <ol class="ros-list" aria-labelledby="ros-heading">
        <For each={nav.steps()}>
          {(st) => (
            <StepItem
              step={st}
              current={nav.currentKey() === st.key}
              disabled={!r.allowed({ type: 'phase:set', phase: st.phase })}
              onJump={() => void nav.jump(st)}
            />
          )}
        </For>
      </ol>
      <EndSession />
    </div>
  );
}

function StepItem(props: { step: Step; current: boolean; disabled: boolean; onJump: () => void }) {
  const c = useConsole();
  const label = () => stepLabel(c.state(), props.step);
  const nested = () => props.step.kind === 'question';
  return (
    <li
      class="ros-item"
      classList={{ 'ros-nested': nested(), 'ros-current': props.current, [`ros-${props.step.kind}`]: true }}
    >
      <button
        type="button"
        class="ros-step"
        data-step={props.step.key}
        aria-current={props.current ? 'step' : undefined}
        disabled={props.disabled}
        onClick={props.onJump}
      >
        {/* A marker for the eye only: the step's name is read without it (aria-current says "current"). */}
        <Show when={props.current}>
          <span class="ros-marker" aria-hidden="true">
            ▶
          </span>
        </Show>
        <span class="ros-text">
          <Show when={label().kind}>
            <span class="ros-kind">{label().kind}</span>
          </Show>
          <span class="ros-title">{label().title}</span>
          <Show when={label().detail}>
            <span class="ros-detail">{label().detail}</span>
          </Show>
        </span>
        <StepBadges step={props.step} />
      </button>
    </li>
  );
}

function StepBadges(props: { step: Step }) {
  const c = useConsole();
  const p = () => props.step.phase;
  const questionId = () => (p().kind === 'question' ? (p() as { questionId: string }).questionId : null);
  const turn = () => (p().kind === 'speaker' ? c.state().turns[(p() as { speakerId: string }).speakerId] : undefined);
  const pending = () => awaitingApproval(c.state());
  return (
    <span class="ros-badges">
      <Show when={questionId()}>
        {(id) => (
          <>
            <span class="pill">{tm('answers', { count: answersTo(c.state(), id()).length })}</span>
            <Show when={c.state().openQuestions.includes(id())}>
              <span class="pill live">{tm('openShort')}</span>
            </Show>
          </>
        )}
      </Show>
      <Show when={turn()}>
        {(t) => (
          <span class="pill" classList={{ live: t().endedAt === null }}>
            {t().endedAt === null
              ? tm('speakingShort')
              : tm('spokenShort', { time: formatClock(spokenMs(t(), c.serverNow())) })}
          </span>
        )}
      </Show>
      <Show when={props.step.kind === 'audience' && pending() > 0}>
        <span class="pill warn">{tm('pendingCount', { count: pending() })}</span>
      </Show>
    </span>
  );
}

function EndSession() {
  const c = useConsole();
  const r = useRules();
  const [confirming, setConfirming] = createSignal(false);
  let cancelRef: HTMLButtonElement | undefined;
  let endRef: HTMLButtonElement | undefined;
  return (
    <div class="ros-end">
      <Show when={r.effective({ type: 'session:end' })} fallback={<p class="pill muted">{tm('sessionEnded')}</p>}>
        <Show
          when={confirming()}
          fallback={
            <button
              ref={endRef}
              type="button"
              class="ghost"
              onClick={() => {
                setConfirming(true);
                queueMicrotask(() => cancelRef?.focus());
              }}
            >
              {tm('endSession')}
            </button>
          }
        >
          <div class="ros-confirm" role="group" aria-labelledby="end-confirm-text">
            <p id="end-confirm-text">{tm('endSessionConfirm')}</p>
            <div class="row">
              <button type="button" class="danger" onClick={() => void c.send({ type: 'session:end' })}>
                {tm('endSessionYes')}
              </button>
              <button
                ref={cancelRef}
                type="button"
                class="secondary"
                onClick={() => {
                  setConfirming(false);
                  queueMicrotask(() => endRef?.focus());
                }}
              >
                {tm('cancel')}
              </button>
            </div>
          </div>
        </Show>
      </Show>
    </div>
  );
}
