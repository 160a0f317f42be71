// One audience question on the console, with its moderation controls.
import { createSignal, Match, Show, Switch } from 'solid-js';
import type { AudienceQuestion } from '../../shared/state.js';
import { tc } from '../i18n/common.js';
import { tm } from '../i18n/moderator.js';
import { chosenName } from '../live/people.js';
import { speakerById } from '../live/phase.js';
import { AqAnswerForm } from './AqAnswerForm.js';
import { AqMerge } from './AqMerge.js';
import { useConsole } from './context.js';
import { formatNumber, formatTime } from '../live/format.js';

export function AqItem(props: { questionId: string; all: () => AudienceQuestion[] }) {
  const c = useConsole();
  const [panel, setPanel] = createSignal<'merge' | 'answer' | null>(null);
  const q = (): AudienceQuestion => c.state().audienceQuestions[props.questionId]!;
  const author = () => chosenName(c.state().participants[q().participantId]) ?? tc('anonymous');
  const to = () => (q().speakerId ? (speakerById(c.state(), q().speakerId!)?.name ?? '') : tm('wholePanel'));
  const time = () => formatTime(q().createdAt, c.serverNow() - Date.now());
  const short = () => (q().text.length > 60 ? `${q().text.slice(0, 57)}…` : q().text);
  const status = () => tm(`aqStatus_${q().status}`);
  const mergedInto = () => (q().mergedInto ? c.state().audienceQuestions[q().mergedInto!] : undefined);
  const can = {
    approve: () => q().status === 'pending' || q().status === 'hidden',
    hide: () => q().status === 'pending' || q().status === 'published' || q().status === 'answered',
    pin: () => q().status === 'published' || q().pinned,
    merge: () => q().status !== 'merged' && q().status !== 'hidden',
    answer: () => q().status === 'published' || q().status === 'answered',
  };
  let answerButton: HTMLButtonElement | undefined;
  let mergeButton: HTMLButtonElement | undefined;
  const toggle = (p: 'merge' | 'answer') => setPanel(panel() === p ? null : p);
  // Closing a form puts the focus back on the button that opened it.
  const close = (p: 'merge' | 'answer') => {
    setPanel(null);
    queueMicrotask(() => (p === 'answer' ? answerButton : mergeButton)?.focus());
  };
  return (
    <li class="aq" classList={{ 'aq-pinned': q().pinned, 'aq-pending': q().status === 'pending' }} data-aq={q().id}>
      <div class="aq-top">
        <p class="aq-votes" data-testid="aq-votes">
          <span class="aq-votes-n">{formatNumber(q().voters.length)}</span> <span class="aq-votes-l">{tm('votesShort', { count: q().voters.length })}</span>
        </p>
        <div class="aq-body">
          <p class="aq-meta">
            <span class="pill" classList={{ warn: q().status === 'pending', live: q().pinned }}>{q().pinned ? tm('pinned') : status()}</span>{' '}
            {tm('fromTo', { from: author(), to: to() })} · {time()}
          </p>
          <p class="aq-text">{q().text}</p>
          <Show when={mergedInto()}>{(m) => <p class="hint">{tm('mergedInto', { text: m().text })}</p>}</Show>
          <Show when={q().answer}>
            {(a) => (
              <p class="aq-answer">
                <strong>{a().by ? tm('answeredBy', { name: a().by }) : tm('answeredNoName')}</strong> {a().gist}
              </p>
            )}
          </Show>
        </div>
      </div>
      <div class="aq-actions row wrap">
        <Show when={can.approve()}>
          <button type="button" class="small" aria-label={tm('approveOf', { text: short() })} onClick={() => void c.send({ type: 'aq:approve', questionId: q().id })}>
            {tm('approve')}
          </button>
        </Show>
        <Show when={can.pin()}>
          <button
            type="button"
            class="small secondary"
            aria-pressed={q().pinned}
            aria-label={tm('pinOf', { text: short() })}
            onClick={() => void c.send({ type: 'aq:pin', questionId: q().id, pinned: !q().pinned })}
          >
            {tm('pin')}
          </button>
        </Show>
        <Show when={can.answer()}>
          <button ref={answerButton} type="button" class="small secondary" aria-expanded={panel() === 'answer'} aria-label={tm(q().answer ? 'editAnswerOf' : 'recordAnswerOf', { text: short() })} onClick={() => toggle('answer')}>
            {q().answer ? tm('editAnswer') : tm('recordAnswer')}
          </button>
        </Show>
        <Show when={can.merge()}>
          <button ref={mergeButton} type="button" class="small ghost" aria-expanded={panel() === 'merge'} aria-label={tm('mergeOf', { text: short() })} onClick={() => toggle('merge')}>
            {tm('merge')}
          </button>
        </Show>
        <Show when={can.hide()}>
          <button type="button" class="small ghost" aria-label={tm('hideOf', { text: short() })} onClick={() => void c.send({ type: 'aq:hide', questionId: q().id })}>
            {tm('hide')}
          </button>
        </Show>
      </div>
      <Switch>
        <Match when={panel() === 'merge'}>
          <AqMerge question={q()} all={props.all} done={() => close('merge')} />
        </Match>
        <Match when={panel() === 'answer'}>
          <AqAnswerForm question={q()} done={() => close('answer')} />
        </Match>
      </Switch>
    </li>
  );
}
