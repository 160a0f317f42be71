// One speaker in the order: who, allotted and spoken time (overrun negative, in the warning colour),
// their turn's controls, and the move controls.
import { createMemo, Show } from 'solid-js';
import { spokenMs } from '../../shared/state.js';
import { formatClock, timeLeft } from '../../shared/timer.js';
import { tm } from '../i18n/moderator.js';
import { useConsole } from './context.js';
import { useRules } from './useRules.js';
import { formatNumber } from '../live/format.js';

export interface SpeakerRowProps {
  id: string;
  position: number;
  total: number;
  dragging: boolean;
  dropBefore: boolean;
  dropAfter: boolean;
  onMove: (delta: number) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
}

export function SpeakerRow(props: SpeakerRowProps) {
  const c = useConsole();
  const sp = createMemo(() => c.state().definition.speakers.find((s) => s.id === props.id));
  const turn = () => c.state().turns[props.id];
  const active = () => turn()?.endedAt === null;
  const paused = () => active() && turn()?.pausedAt !== null;
  const spoken = () => {
    const t = turn();
    return t ? spokenMs(t, c.serverNow()) : 0;
  };
  const allotted = () => (sp()?.minutes ?? 0) * 60_000;
  // While their turn runs, what everyone sees on the shared timer (±1 minute included); after it,
  // what was left of the allotted time.
  const left = () =>
    active() && c.state().timer.status !== 'idle' ? timeLeft(c.state().timer, c.serverNow()) : allotted() - spoken();
  const onFloor = () =>
    c.state().phase.kind === 'speaker' && (c.state().phase as { speakerId: string }).speakerId === props.id;
  const r = useRules();
  // Reordering as such (which place is free is the list's business).
  const canReorder = () => r.allowed({ type: 'speakers:reorder', order: c.state().speakerOrder });
  const name = () => sp()?.name ?? props.id;
  const status = () =>
    active() ? (paused() ? tm('statusPaused') : tm('statusSpeaking')) : turn() ? tm('statusDone') : tm('statusWaiting');

  return (
    <li
      class="speaker"
      classList={{
        'speaker-floor': onFloor(),
        'speaker-active': active(),
        dragging: props.dragging,
        'drop-before': props.dropBefore,
        'drop-after': props.dropAfter,
      }}
      draggable={canReorder()}
      data-speaker={props.id}
      onDragStart={(e) => {
        e.dataTransfer?.setData('text/plain', props.id);
        if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
        props.onDragStart();
      }}
      onDragEnd={props.onDragEnd}
      onKeyDown={(e) => {
        if (!e.altKey || e.ctrlKey || e.metaKey) return;
        if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
          e.preventDefault();
          props.onMove(e.key === 'ArrowUp' ? -1 : 1);
        }
      }}
    >
      <span class="drag-handle" aria-hidden="true">
        ⠿
      </span>
      <span class="speaker-pos" aria-hidden="true">
        {formatNumber(props.position)}
      </span>
      <div class="speaker-main">
        <p class="speaker-name">
          <span class="visually-hidden">{tm('positionOf', { position: props.position, total: props.total })} </span>
          {name()}
          <span class="pill" classList={{ live: active() && !paused(), muted: !active() }}>
            {status()}
          </span>
        </p>
        <Show when={[sp()?.organization, sp()?.country].filter(Boolean).length}>
          <p class="speaker-org">{[sp()?.organization, sp()?.country].filter(Boolean).join(', ')}</p>
        </Show>
        <Show when={sp()?.talkTitle}>
          <p class="speaker-talk">{sp()?.talkTitle}</p>
        </Show>
        <dl class="speaker-times">
          <div>
            <dt>{tm('allotted')}</dt>
            <dd>{tm('minutes', { count: sp()?.minutes ?? 0 })}</dd>
          </div>
          <div>
            <dt>{tm('spoken')}</dt>
            <dd data-testid={`spoken-${props.id}`}>{formatClock(spoken())}</dd>
          </div>
          <div>
            <dt>{tm('remaining')}</dt>
            <dd classList={{ overrun: left() < 0 }} data-testid={`left-${props.id}`}>
              {formatClock(left())}
              <Show when={left() < 0}>
                <span class="visually-hidden"> {tm('overTime')}</span>
              </Show>
            </dd>
          </div>
        </dl>
      </div>
      <div class="speaker-actions">
        <div class="row wrap">
          <Show
            when={active()}
            fallback={
              <button
                type="button"
                class="small"
                disabled={!r.allowed({ type: 'turn:start', speakerId: props.id })}
                aria-label={tm(turn() ? 'continueTurnOf' : 'startTurnOf', { name: name() })}
                onClick={() => void c.send({ type: 'turn:start', speakerId: props.id })}
              >
                {tm(turn() ? 'continueTurn' : 'startTurn')}
              </button>
            }
          >
            <button
              type="button"
              class="small secondary"
              aria-label={tm(paused() ? 'resumeTurnOf' : 'pauseTurnOf', { name: name() })}
              onClick={() => void c.send({ type: paused() ? 'turn:resume' : 'turn:pause' })}
            >
              {tm(paused() ? 'resumeTurn' : 'pauseTurn')}
            </button>
            <button
              type="button"
              class="small secondary"
              aria-label={tm('endTurnOf', { name: name() })}
              onClick={() => void c.send({ type: 'turn:end' })}
            >
              {tm('endTurn')}
            </button>
          </Show>
        </div>
        <div class="row move-buttons">
          <button
            type="button"
            class="small ghost icon"
            data-move={`up:${props.id}`}
            aria-label={tm('moveUp', { name: name() })}
            aria-keyshortcuts="Alt+ArrowUp"
            disabled={props.position === 1 || !canReorder()}
            onClick={() => props.onMove(-1)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            class="small ghost icon"
            data-move={`down:${props.id}`}
            aria-label={tm('moveDown', { name: name() })}
            aria-keyshortcuts="Alt+ArrowDown"
            disabled={props.position === props.total || !canReorder()}
            onClick={() => props.onMove(1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
        </div>
      </div>
    </li>
  );
}
