// Which questions are open for answers right now, closing them all in one action, and the choice
// to keep the floor open when moving on (otherwise the next step closes it: shared/floor.ts).
import { createMemo, For, Show } from 'solid-js';
import { allQuestions } from '../../shared/questions.js';
import { tm } from '../i18n/moderator.js';
import { useConsole } from './context.js';
import { questionName, roundName } from './labels.js';
import { useRules } from './useRules.js';

export function OpenQuestions() {
  const c = useConsole();
  const r = useRules();
  // In run-of-show order, whatever order they were opened in.
  const open = createMemo(() =>
    allQuestions(c.state().definition).filter((q) => c.state().openQuestions.includes(q.id)),
  );
  const name = (id: string, roundId: string | null) =>
    roundId ? `${roundName(c.state(), roundId)} · ${questionName(c.state(), id)}` : questionName(c.state(), id);
  const keep = () => !!c.state().keepFloorOpen;
  return (
    <div class="open-questions" data-testid="open-questions">
      <Show when={open().length} fallback={<p class="hint">{tm('noneOpen')}</p>}>
        <p class="oq-line">
          <span class="oq-label">{tm('openNow')}:</span>{' '}
          <For each={open()}>
            {(q) => (
              <span class="pill live" data-open={q.id}>
                {name(q.id, q.roundId)}
              </span>
            )}
          </For>
        </p>
        <button
          type="button"
          class="small secondary"
          aria-label={tm('closeAllLabel')}
          data-testid="close-all"
          onClick={() => void c.send({ type: 'answering:close', questionIds: open().map((q) => q.id) })}
        >
          {tm('closeAll')}
        </button>
      </Show>
      <label class="check oq-keep">
        <input
          type="checkbox"
          checked={keep()}
          disabled={!r.allowed({ type: 'floor:keepOpen', keep: !keep() })}
          data-testid="keep-open"
          onChange={(e) => void c.send({ type: 'floor:keepOpen', keep: e.currentTarget.checked })}
        />
        {tm('keepOpen')}
      </label>
    </div>
  );
}
