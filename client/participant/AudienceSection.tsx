// Questions to the speakers: ask one (to a speaker or the whole panel), follow your own, and
// upvote the room's.
import { For, Show, createMemo, createSignal } from 'solid-js';
import { askProbe } from '../../shared/rules.js';
import { ta } from '../i18n/participantAudience.js';
import { AqItem } from './AqItem.js';
import { AskForm } from './AskForm.js';
import { myQuestions, roomQuestions, type AqSort } from '../../shared/audience.js';
import { stateOf, useLive } from './context.js';
import { MyQuestions } from './MyQuestions.js';
import { useParticipantRules } from './rules.js';

export function AudienceSection() {
  const live = useLive();
  const s = () => stateOf(live);
  const [sort, setSort] = createSignal<AqSort>('votes');
  const rules = useParticipantRules();
  const canAsk = () => rules.offered(askProbe());
  const room = createMemo(() => roomQuestions(s(), sort(), live.participantId()));
  const mineCount = () => myQuestions(s(), live.participantId()).length;
  const hasAny = () =>
    canAsk() || room().length > 0 || mineCount() > 0 || live.pending().some((i) => i.command.type === 'aq:ask');

  return (
    <Show when={hasAny() || s().definition.speakers.length}>
      <section class="audience" aria-labelledby="aq-title" data-testid="audience">
        <h2 id="aq-title" class="section-title">
          {ta('aqHeading')}
        </h2>
        <Show when={canAsk()} fallback={<p class="notice">{ta('aqNotOpen')}</p>}>
          <AskForm />
        </Show>
        <MyQuestions />
        <div class="card">
          <div class="list-head">
            <h3>{ta('roomQuestions')}</h3>
            <div class="segmented" role="group" aria-label={ta('sortBy')}>
              <button
                type="button"
                aria-pressed={sort() === 'votes'}
                onClick={() => setSort('votes')}
                data-testid="sort-votes"
              >
                {ta('sortVotes')}
              </button>
              <button
                type="button"
                aria-pressed={sort() === 'time'}
                onClick={() => setSort('time')}
                data-testid="sort-time"
              >
                {ta('sortTime')}
              </button>
            </div>
          </div>
          <Show when={room().length} fallback={<p class="hint">{ta('noRoomQuestions')}</p>}>
            <ul class="aq-list" data-testid="room-questions">
              {/* The store keeps each question's identity: an item stays (with its focus) as votes arrive. */}
              <For each={room()}>{(q) => <AqItem question={q} />}</For>
            </ul>
          </Show>
        </div>
      </section>
    </Show>
  );
}
