// Record the answer to an audience question: who answered (a speaker, or someone else by name)
// and the gist. This is what the report prints.
import { createSignal, For, Show } from 'solid-js';
import type { AudienceQuestion } from '../../shared/state.js';
import { tm } from '../i18n/moderator.js';
import { AqForm } from './AqForm.js';
import { useConsole } from './context.js';

const OTHER = '__other';

export function AqAnswerForm(props: { question: AudienceQuestion; done: () => void }) {
  const c = useConsole();
  const speakers = () => c.state().speakerOrder.map((id) => c.state().definition.speakers.find((s) => s.id === id)).filter((s) => s !== undefined);
  const existing = props.question.answer;
  const addressed = props.question.speakerId ? c.state().definition.speakers.find((s) => s.id === props.question.speakerId) : undefined;
  const initialWho = existing
    ? (speakers().find((s) => s.name === existing.by)?.id ?? OTHER)
    : (addressed?.id ?? speakers()[0]?.id ?? OTHER);
  const [who, setWho] = createSignal(initialWho);
  const [other, setOther] = createSignal(existing && initialWho === OTHER ? existing.by : '');
  const [gist, setGist] = createSignal(existing?.gist ?? '');
  const base = `aqa-${props.question.id}`;
  const by = () => (who() === OTHER ? other().trim() : (speakers().find((s) => s.id === who())?.name ?? ''));
  return (
    <AqForm command={() => ({ type: 'aq:answer', questionId: props.question.id, by: by(), gist: gist() })} canSubmit={!!by()} submitLabel={tm('saveAnswer')} done={props.done}>
      <div class="field">
        <label for={`${base}-who`}>{tm('answeredByLabel')}</label>
        <select id={`${base}-who`} value={who()} onChange={(e) => setWho(e.currentTarget.value)} ref={(el) => queueMicrotask(() => el.focus())}>
          <For each={speakers()}>{(s) => <option value={s.id}>{s.name}</option>}</For>
          <option value={OTHER}>{tm('someoneElse')}</option>
        </select>
      </div>
      <Show when={who() === OTHER}>
        <div class="field">
          <label for={`${base}-name`}>{tm('otherName')}</label>
          <input id={`${base}-name`} type="text" maxLength={300} value={other()} onInput={(e) => setOther(e.currentTarget.value)} autocomplete="off" />
        </div>
      </Show>
      <div class="field">
        <label for={`${base}-gist`}>{tm('gist')}</label>
        <textarea id={`${base}-gist`} value={gist()} onInput={(e) => setGist(e.currentTarget.value)} rows={3} />
      </div>
    </AqForm>
  );
}
