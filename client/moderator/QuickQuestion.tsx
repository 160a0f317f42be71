// The quick-question form (key Q): a question, its kind and, for a choice or a ranking, its
// options; Enter in the question asks it at once (on the floor, open for answers).
import { Show, createSignal, onMount } from 'solid-js';
import { QUESTION_KINDS, type QuestionKind } from '../../shared/questionKinds.js';
import { tq } from '../i18n/polls.js';
import { newClientId } from '../sync/ids.js';
import { snapshot } from '../sync/solid.js';
import { useConsole } from './context.js';
import { withQuickQuestion } from './quickQuestion.js';

export function QuickQuestion(props: { onClose: () => void }) {
  const c = useConsole();
  const [text, setText] = createSignal('');
  const [kind, setKind] = createSignal<QuestionKind>('text');
  const [options, setOptions] = createSignal('');
  let input!: HTMLInputElement;
  onMount(() => input.focus());
  const needsOptions = () => kind() === 'choice' || kind() === 'rank';

  const ask = async (e: Event) => {
    e.preventDefault();
    if (!text().trim()) return;
    const { definition, questionId } = withQuickQuestion(
      // A plain copy: the state is a store, and a command is cloned into the outbox.
      snapshot(c.state().definition),
      { text: text(), kind: kind(), options: options() },
      tq('quickRound'),
      `q${newClientId()
        .slice(0, 10)
        .replace(/[^A-Za-z0-9]/g, '')}`,
    );
    const ack = await c.send({ type: 'definition:update', definition });
    if (!ack.ok) return;
    await c.send({ type: 'phase:set', phase: { kind: 'question', questionId } });
    props.onClose();
  };

  return (
    <div class="quick" role="dialog" aria-modal="false" aria-labelledby="quick-title" data-testid="quick-question">
      <form onSubmit={(e) => void ask(e)} onKeyDown={(e) => e.key === 'Escape' && props.onClose()}>
        <h2 id="quick-title">{tq('quickTitle')}</h2>
        <label>
          {tq('quickText')}
          <input ref={input} value={text()} onInput={(e) => setText(e.currentTarget.value)} maxLength={2000} />
        </label>
        <label>
          {tq('quickKind')}
          <select value={kind()} onChange={(e) => setKind(e.currentTarget.value as QuestionKind)}>
            {QUESTION_KINDS.map((k) => (
              <option value={k}>{tq(`kind_${k}`)}</option>
            ))}
          </select>
        </label>
        <Show when={needsOptions()}>
          <label>
            {tq('quickOptions')}
            <textarea rows={4} value={options()} onInput={(e) => setOptions(e.currentTarget.value)} />
          </label>
        </Show>
        <div class="actions">
          <button type="submit" disabled={!text().trim()}>
            {tq('quickAdd')}
          </button>
          <button type="button" class="secondary" onClick={props.onClose}>
            {tq('quickCancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
