// Questions from the audience: open or close them, sort by votes or time, approve (when the
// session approves first; pending ones are seen here only), hide, merge, pin, and record the
// replies (several per question: who answered and the gist).
import { createMemo, createSignal, For, Show } from 'solid-js';
import { isAnsweredAq, type AudienceQuestion } from '../../shared/state.js';
import { tm } from '../i18n/moderator.js';
import { sortQuestions, type AqSort } from '../live/audience.js';
import { AqItem } from './AqItem.js';
import { useConsole } from './context.js';
import { ariaKeys } from './shortcuts.js';
import { useRules } from './useRules.js';

export function AudiencePanel() {
  const c = useConsole();
  const [sort, setSort] = createSignal<AqSort>('votes');
  const all = createMemo(() => Object.values(c.state().audienceQuestions).filter((q) => !q.withdrawn));
  // Ids (strings), so an item and its open form stay in place while votes arrive.
  const by = (f: (q: AudienceQuestion) => boolean) =>
    createMemo(() => sortQuestions(all().filter(f), sort()).map((q) => q.id), undefined, {
      equals: (a, b) => a.join() === b.join(),
    });
  const pinned = by((q) => q.pinned);
  const pending = by((q) => q.status === 'pending');
  // 'Answered' is not a status: a published question with at least one reply.
  const live = by((q) => q.status === 'published' && !q.pinned && !isAnsweredAq(q));
  const answered = by((q) => q.status === 'published' && !q.pinned && isAnsweredAq(q));
  const set = by((q) => q.status === 'hidden' || q.status === 'merged');
  const open = () => c.state().audienceOpen;
  const r = useRules();
  const approveFirst = () => c.state().definition.moderation === 'approve';

  return (
    <div class="aq-panel">
      <div class="aq-head">
        <h2 id="aq-heading">{tm('audienceQuestions')}</h2>
        <p class="pill" classList={{ live: open(), muted: !open() }} data-testid="aq-open-state">
          {open() ? tm('aqOpen') : tm('aqClosed')}
        </p>
        <button
          type="button"
          class="small"
          classList={{ secondary: open() }}
          disabled={!r.allowed({ type: 'audience:toggle', open: !open() })}
          aria-keyshortcuts={ariaKeys('audience')}
          onClick={() => void c.send({ type: 'audience:toggle', open: !open() })}
        >
          {open() ? tm('aqCloseButton') : tm('aqOpenButton')}
        </button>
      </div>
      <p class="hint">
        {approveFirst() ? tm('moderationApprove') : tm('moderationPublish')}{' '}
        {c.state().definition.audienceQuestions === 'always' ? tm('askAlways') : tm('askWhenOpen')}
      </p>
      <fieldset class="mode-choice">
        <legend>{tm('sortBy')}</legend>
        <label class="check">
          <input
            type="radio"
            name="aq-sort"
            value="votes"
            checked={sort() === 'votes'}
            onChange={() => setSort('votes')}
          />
          {tm('sortVotes')}
        </label>
        <label class="check">
          <input
            type="radio"
            name="aq-sort"
            value="time"
            checked={sort() === 'time'}
            onChange={() => setSort('time')}
          />
          {tm('sortTime')}
        </label>
      </fieldset>
      <Show when={all().length > 0} fallback={<p class="hint empty">{tm('noAudienceQuestions')}</p>}>
        <AqGroup title={tm('groupPinned')} list={pinned()} others={all} />
        <AqGroup title={tm('groupPending')} list={pending()} others={all} />
        <AqGroup title={tm('groupPublished')} list={live()} others={all} />
        <AqGroup title={tm('groupAnswered')} list={answered()} others={all} />
        <Show when={set().length > 0}>
          <details class="aq-set-aside">
            <summary>{tm('groupSetAside', { count: set().length })}</summary>
            <AqGroup title={tm('groupSetAsideTitle')} list={set()} others={all} />
          </details>
        </Show>
      </Show>
    </div>
  );
}

function AqGroup(props: { title: string; list: string[]; others: () => AudienceQuestion[] }) {
  return (
    <Show when={props.list.length > 0}>
      <section class="aq-group">
        <h3>
          {props.title} <span class="pill muted">{props.list.length}</span>
        </h3>
        <ul class="aq-list">
          <For each={props.list}>{(id) => <AqItem questionId={id} all={props.others} />}</For>
        </ul>
      </section>
    </Show>
  );
}
