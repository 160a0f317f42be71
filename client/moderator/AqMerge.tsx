// Merge a duplicate into another question (its votes go along, each voter once).
import { isolate } from '../../shared/bidi.js';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { voteCount, type AudienceQuestion } from '../../shared/state.js';
import { tm } from '../i18n/moderator.js';
import { AqForm } from './AqForm.js';
import { useRules } from './useRules.js';

export function AqMerge(props: { question: AudienceQuestion; all: () => AudienceQuestion[]; done: () => void }) {
  const r = useRules();
  // The questions shared/ accepts as the one to keep.
  const targets = createMemo(() =>
    props.all().filter((t) => r.allowed({ type: 'aq:merge', questionId: props.question.id, into: t.id })),
  );
  const [into, setInto] = createSignal('');
  const selectId = `merge-${props.question.id}`;
  const label = (t: AudienceQuestion) =>
    `${isolate(t.text.length > 90 ? `${t.text.slice(0, 87)}…` : t.text)} (${tm('votes', { count: voteCount(t) })})`;
  return (
    <AqForm
      command={() => (into() ? { type: 'aq:merge', questionId: props.question.id, into: into() } : undefined)}
      canSubmit={!!into()}
      submitLabel={tm('mergeConfirm')}
      done={props.done}
    >
      <Show when={targets().length > 0} fallback={<p class="hint">{tm('noMergeTarget')}</p>}>
        <div class="field">
          <label for={selectId}>{tm('mergeInto')}</label>
          <select
            id={selectId}
            value={into()}
            onChange={(e) => setInto(e.currentTarget.value)}
            ref={(el) => queueMicrotask(() => el.focus())}
          >
            <option value="">{tm('chooseQuestion')}</option>
            <For each={targets()}>{(t) => <option value={t.id}>{label(t)}</option>}</For>
          </select>
        </div>
      </Show>
    </AqForm>
  );
}
