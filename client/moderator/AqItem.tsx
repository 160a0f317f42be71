// One audience question on the console, with its moderation controls.
import { isolate } from '../../shared/bidi.js';
import { createSignal, Show } from 'solid-js';
import { newReplyProbe } from '../../shared/rules.js';
import { aqDisplayStatus, voteCount, type AudienceQuestion } from '../../shared/state.js';
import { AqReplies } from '../common/AqReplies.js';
import { tc } from '../i18n/common.js';
import { tm } from '../i18n/moderator.js';
import { chosenName } from '../live/people.js';
import { speakerById } from '../live/phase.js';
import { AqMerge } from './AqMerge.js';
import { useConsole } from './context.js';
import { tx } from '../i18n/contrib.js';
import { useRules } from './useRules.js';
import { formatNumber, formatTime } from '../live/format.js';

export function AqItem(props: { questionId: string; all: () => AudienceQuestion[] }) {
  const c = useConsole();
  const r = useRules();
  const [panel, setPanel] = createSignal<'merge' | null>(null);
  const q = (): AudienceQuestion => c.state().audienceQuestions[props.questionId]!;
  // A contribution recorded by the staff names its author itself (or marks the public).
  const author = () =>
    q().by
      ? [q().by!.public ? tx('public') : '', q().by!.name].filter(Boolean).join(' · ') || tc('anonymous')
      : (chosenName(c.state().participants[q().participantId]) ?? tc('anonymous'));
  const to = () => (q().speakerId ? (speakerById(c.state(), q().speakerId!)?.name ?? '') : tm('wholePanel'));
  const time = () => formatTime(q().createdAt, c.serverNow() - Date.now());
  const short = () => (q().text.length > 60 ? `${q().text.slice(0, 57)}…` : q().text);
  const status = () => tm(`aqStatus_${aqDisplayStatus(q())}`);
  const mergedInto = () => (q().mergedInto ? c.state().audienceQuestions[q().mergedInto!] : undefined);
  // Each control is shown when shared/ says its command would do something now.
  const id = () => q().id;
  const can = {
    approve: () => r.effective({ type: 'aq:approve', questionId: id() }),
    hide: () => r.effective({ type: 'aq:hide', questionId: id() }),
    pin: () => r.effective({ type: 'aq:pin', questionId: id(), pinned: !q().pinned }),
    merge: () => props.all().some((t) => r.allowed({ type: 'aq:merge', questionId: id(), into: t.id })),
    // A reply may be recorded for a published or a hidden question (it stays hidden), as decide() says.
    reply: () => r.offered(newReplyProbe(id())),
  };
  const speakers = () =>
    c
      .state()
      .speakerOrder.map((id) => c.state().definition.speakers.find((s) => s.id === id))
      .filter((s) => s !== undefined);
  let mergeButton: HTMLButtonElement | undefined;
  const toggle = (p: 'merge') => setPanel(panel() === p ? null : p);
  // Closing a form puts the focus back on the button that opened it.
  const close = () => {
    setPanel(null);
    queueMicrotask(() => mergeButton?.focus());
  };
  return (
    <li class="aq" classList={{ 'aq-pinned': q().pinned, 'aq-pending': q().status === 'pending' }} data-aq={q().id}>
      <div class="aq-top">
        <p class="aq-votes" data-testid="aq-votes">
          <span class="aq-votes-n">{formatNumber(voteCount(q()))}</span>{' '}
          <span class="aq-votes-l">{tm('votesShort', { count: voteCount(q()) })}</span>
        </p>
        <div class="aq-body">
          <p class="aq-meta">
            <span class="pill" classList={{ warn: q().status === 'pending', live: q().pinned }}>
              {q().pinned ? tm('pinned') : q().kind === 'remark' ? tx('remark') : status()}
            </span>{' '}
            <Show when={q().by}>{(by) => <span class="pill muted">{tx(`channel_${by().channel}`)}</span>}</Show>{' '}
            {tm('fromTo', { from: author(), to: to() })} · {time()}
          </p>
          <p class="aq-text">
            <bdi>{q().text}</bdi>
          </p>
          <Show when={mergedInto()}>{(m) => <p class="hint">{tm('mergedInto', { text: isolate(m().text) })}</p>}</Show>
          <AqReplies question={q()} speakers={speakers()} send={c.send} canAdd={can.reply()} label={short()} />
        </div>
      </div>
      <div class="aq-actions row wrap">
        <Show when={can.approve()}>
          <button
            type="button"
            class="small"
            aria-label={tm('approveOf', { text: short() })}
            onClick={() => void c.send({ type: 'aq:approve', questionId: q().id })}
          >
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
        <Show when={can.merge()}>
          <button
            ref={mergeButton}
            type="button"
            class="small ghost"
            aria-expanded={panel() === 'merge'}
            aria-label={tm('mergeOf', { text: short() })}
            onClick={() => toggle('merge')}
          >
            {tm('merge')}
          </button>
        </Show>
        <Show when={can.hide()}>
          <button
            type="button"
            class="small ghost"
            aria-label={tm('hideOf', { text: short() })}
            onClick={() => void c.send({ type: 'aq:hide', questionId: q().id })}
          >
            {tm('hide')}
          </button>
        </Show>
      </div>
      <Show when={panel() === 'merge'}>
        <AqMerge question={q()} all={props.all} done={close} />
      </Show>
    </li>
  );
}
