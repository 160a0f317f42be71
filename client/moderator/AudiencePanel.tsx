// Questions from the audience: open or close them, sort by votes or time, approve (when the
// session approves first; pending ones are seen here only), hide, merge, pin, and record the
// replies (several per question: who answered and the gist).
import { createMemo, createSignal, For, Show } from 'solid-js';
import { isAnsweredAq, type AudienceQuestion } from '../../shared/state.js';
import { tm } from '../i18n/moderator.js';
import { isAwaitingApproval, isRoomQuestion, sortQuestions, type AqSort } from '../../shared/audience.js';
import { AqItem } from './AqItem.js';
import { useConsole } from './context.js';
import { ariaKeys } from './shortcuts.js';
import { useRules } from './useRules.js';
import { RecordForm } from '../contrib/RecordForm.js';
import { tx } from '../i18n/contrib.js';

/** The groups of the main list, in their order; hidden and merged ones are set aside below it. */
const GROUPS = ['pinned', 'pending', 'published', 'answered'] as const;
type Group = (typeof GROUPS)[number];
const TITLE: Record<Group, Parameters<typeof tm>[0]> = {
  pinned: 'groupPinned',
  pending: 'groupPending',
  published: 'groupPublished',
  answered: 'groupAnswered',
};
const groupOf = (q: AudienceQuestion): Group | null =>
  q.pinned
    ? 'pinned'
    : isAwaitingApproval(q)
      ? 'pending'
      : !isRoomQuestion(q)
        ? null
        : isAnsweredAq(q)
          ? 'answered'
          : 'published';

/** A group's heading in the list; the same object while the panel lives, so its row stays put. */
interface Heading {
  group: Group;
}

export function AudiencePanel() {
  const c = useConsole();
  const [sort, setSort] = createSignal<AqSort>('votes');
  const all = createMemo(() => Object.values(c.state().audienceQuestions).filter((q) => !q.withdrawn));
  const headings = GROUPS.map((group): Heading => ({ group }));
  const sorted = createMemo(() => sortQuestions(all(), sort()));
  // One list for every group, each question a row after its group's heading: a question whose
  // status changes (approved, answered, pinned) moves in the same list and keeps its item, with
  // its open form and the focus. The store keeps each question's identity, so keyed rows stay.
  const rows = createMemo(() =>
    headings.flatMap((h) => {
      const qs = sorted().filter((q) => groupOf(q) === h.group);
      return qs.length ? [h, ...qs] : [];
    }),
  );
  const count = (g: Group) => sorted().filter((q) => groupOf(q) === g).length;
  const set = createMemo(() => sorted().filter((q) => q.status === 'hidden' || q.status === 'merged'));
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
        <Show when={rows().length > 0}>
          <ul class="aq-list aq-groups">
            <For each={rows()}>
              {(row) =>
                'group' in row ? (
                  <li class="aq-group-head">
                    <h3>
                      {tm(TITLE[row.group])} <span class="pill muted">{count(row.group)}</span>
                    </h3>
                  </li>
                ) : (
                  <AqItem questionId={row.id} all={all} />
                )
              }
            </For>
          </ul>
        </Show>
        <Show when={set().length > 0}>
          <details class="aq-set-aside">
            <summary>{tm('groupSetAside', { count: set().length })}</summary>
            <section class="aq-group">
              <h3>
                {tm('groupSetAsideTitle')} <span class="pill muted">{set().length}</span>
              </h3>
              <ul class="aq-list">
                <For each={set()}>{(q) => <AqItem questionId={q.id} all={all} />}</For>
              </ul>
            </section>
          </details>
        </Show>
      </Show>
      {/* Said aloud, in the chat or by e-mail: the moderator records it on the person's behalf. */}
      <details class="record-details">
        <summary>{tx('recordTitle')}</summary>
        <RecordForm state={c.state} send={c.send} idPrefix="mod-record" />
      </details>
    </div>
  );
}
