// The wall on phones (shared/wall.ts): other people's answers under the question, once the moderator
// shows them, each with a +1 toggle (shown at once from the outbox; the count follows the server's
// aggregated updates, a few times a second).
import { For, Show, createEffect, createSignal, createUniqueId, on } from 'solid-js';
import { phoneWallIds } from '../../shared/wall.js';
import { tw } from '../i18n/participantWall.js';
import { stateOf, useLive } from './context.js';
import { pendingOf } from './outbox.js';

export function PhoneWall(props: { questionId: string }) {
  const live = useLive();
  // By id, so an update of the counts keeps each button (and the keyboard focus) in place.
  const ids = () => phoneWallIds(stateOf(live), props.questionId);
  return (
    <Show when={ids().length}>
      <h4 class="mine-title wall-title">{tw('title')}</h4>
      <ul class="aq-list" data-testid="phone-wall">
        <For each={ids()}>{(aid) => <WallItem questionId={props.questionId} answerId={aid} />}</For>
      </ul>
    </Show>
  );
}

function WallItem(props: { questionId: string; answerId: string }) {
  const live = useLive();
  const id = createUniqueId();
  const aid = props.answerId;
  const e = () => stateOf(live).wall?.[props.questionId]?.[aid];
  const pending = () =>
    pendingOf(live.pending(), 'answer:plusOne')
      .filter((c) => c.answerId === aid)
      .at(-1);
  const pressed = () => pending()?.on ?? !!stateOf(live).plusOnes?.[aid]?.length;
  // Until the room's count includes this phone's own +1 (a few hundred ms), it is counted here.
  const [bias, setBias] = createSignal(0);
  createEffect(
    on(
      () => e()?.count,
      () => setBias(0),
      { defer: true },
    ),
  );
  const count = () => Math.max(0, (e()?.count ?? 0) + bias());
  return (
    <li class="aq" data-testid="wall-entry">
      <p class="aq-body aq-text" id={id}>
        <bdi>{e()?.text}</bdi>
        <Show when={e()?.name}>
          <span class="aq-to"> — {e()?.name}</span>
        </Show>
      </p>
      <button
        type="button"
        class="vote"
        aria-pressed={pressed()}
        aria-describedby={id}
        onClick={() => {
          const next = !pressed();
          setBias((b) => b + (next ? 1 : -1));
          void live.send({ type: 'answer:plusOne', answerId: aid, on: next });
        }}
        data-testid="plus-one"
      >
        {/* Named by what it shows (the count), then what it does: "+1 · 2, give this answer a +1". */}
        +1 · {count()}
        <span class="visually-hidden">, {tw('plusOne')}</span>
      </button>
    </li>
  );
}
