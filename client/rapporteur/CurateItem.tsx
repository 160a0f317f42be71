// One answer or audience question as the rapporteur curates it: in the report or not, highlighted,
// and an optional corrected copy (the original stays in the archive).
import { createSignal, Show } from 'solid-js';
import { debounce } from '../common/debounce.js';
import { tr } from '../i18n/rapporteur.js';

export interface Curatable {
  id: string;
  author: string;
  text: string;
  included: boolean;
  highlight: boolean;
  correctedText: string | null;
  note?: string | undefined;
}

export function CurateItem(props: {
  item: Curatable;
  onCurate: (patch: { included?: boolean; highlight?: boolean; correctedText?: string | null }) => void;
}) {
  const [editing, setEditing] = createSignal(false);
  const saveCorrection = debounce(
    (t: string) => props.onCurate({ correctedText: t === props.item.text ? null : t }),
    600,
  );
  const base = `cur-${props.item.id}`;
  return (
    <li class="curate-item" classList={{ excluded: !props.item.included, highlighted: props.item.highlight }}>
      <div class="curate-head">
        <span class="author">{props.item.author}</span>
        <Show when={props.item.note}>
          <span class="pill muted">{props.item.note}</span>
        </Show>
      </div>
      <p class="curate-text">
        <bdi>{props.item.correctedText ?? props.item.text}</bdi>
      </p>
      <Show when={props.item.correctedText !== null}>
        <p class="hint">
          {tr('original')}: <bdi class="original">{props.item.text}</bdi>
        </p>
      </Show>
      <div class="row curate-controls">
        <label class="check">
          <input
            type="checkbox"
            checked={props.item.included}
            onChange={(e) => props.onCurate({ included: e.currentTarget.checked })}
          />
          {tr('include')}
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={props.item.highlight}
            onChange={(e) => props.onCurate({ highlight: e.currentTarget.checked })}
          />
          {tr('highlight')}
        </label>
        <button
          type="button"
          class="ghost small"
          aria-expanded={editing()}
          aria-controls={`${base}-edit`}
          onClick={() => setEditing(!editing())}
        >
          {tr('correct')}
        </button>
      </div>
      <Show when={editing()}>
        <div id={`${base}-edit`} class="field">
          <label for={`${base}-text`}>{tr('correctedCopy')}</label>
          <textarea
            id={`${base}-text`}
            rows={3}
            value={props.item.correctedText ?? props.item.text}
            onInput={(e) => saveCorrection(e.currentTarget.value)}
            onBlur={() => saveCorrection.flush()}
          />
          <Show when={props.item.correctedText !== null}>
            <button
              type="button"
              class="ghost small"
              onClick={() => {
                props.onCurate({ correctedText: null });
                setEditing(false);
              }}
            >
              {tr('resetCorrection')}
            </button>
          </Show>
        </div>
      </Show>
    </li>
  );
}
