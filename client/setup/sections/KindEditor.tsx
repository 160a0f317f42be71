// A question's kind in the setup editor: free text, a choice (options, several or one, "Other"),
// a scale (range and end labels), words or a ranking (options). The schema checks the limits on save.
import { Show, createUniqueId } from 'solid-js';
import { SCALE_DEFAULT } from '../../../shared/kinds.js';
import { QUESTION_KINDS, type KindFields, type QuestionKind } from '../../../shared/questionKinds.js';
import { tq } from '../../i18n/polls.js';
import { tw } from '../../i18n/wall.js';

/** Every kind field, unset: a store merge then drops the ones a new value leaves out. */
const CLEARED: Record<keyof KindFields, undefined> = {
  kind: undefined,
  options: undefined,
  multiple: undefined,
  other: undefined,
  min: undefined,
  max: undefined,
  minLabel: undefined,
  maxLabel: undefined,
  wall: undefined,
};

export function KindEditor(props: { value: KindFields; onChange: (f: KindFields) => void; label: string }) {
  const id = createUniqueId();
  const kind = () => props.value.kind ?? 'text';
  const set = (f: KindFields) => props.onChange({ ...CLEARED, ...f });
  const setKind = (k: QuestionKind) => {
    const keep = props.value.options;
    if (k === 'text') set({});
    else if (k === 'choice' || k === 'rank') set({ kind: k, options: keep ?? [] });
    else if (k === 'scale') set({ kind: k, ...SCALE_DEFAULT });
    else set({ kind: k });
  };
  const patch = (f: Partial<KindFields>) => set({ ...props.value, ...f });
  const num = (v: string) => (v === '' ? undefined : Number(v));
  return (
    <div class="se-kind" role="group" aria-label={props.label}>
      <label for={`${id}-kind`}>{tq('editKind')}</label>
      <select id={`${id}-kind`} value={kind()} onChange={(e) => setKind(e.currentTarget.value as QuestionKind)}>
        {QUESTION_KINDS.map((k) => (
          <option value={k}>{tq(`kind_${k}`)}</option>
        ))}
      </select>
      <Show when={kind() === 'choice' || kind() === 'rank'}>
        <label for={`${id}-options`}>{tq('editOptions')}</label>
        <textarea
          id={`${id}-options`}
          rows={4}
          value={(props.value.options ?? []).join('\n')}
          onChange={(e) =>
            patch({
              options: e.currentTarget.value
                .split('\n')
                .map((o) => o.trim())
                .filter(Boolean),
            })
          }
        />
      </Show>
      <Show when={kind() === 'choice'}>
        <label class="check">
          <input
            type="checkbox"
            checked={props.value.multiple ?? false}
            onChange={(e) => patch({ multiple: e.currentTarget.checked || undefined })}
          />
          {tq('editMultiple')}
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={props.value.other ?? false}
            onChange={(e) => patch({ other: e.currentTarget.checked || undefined })}
          />
          {tq('editOther')}
        </label>
      </Show>
      <Show when={kind() === 'scale'}>
        <div class="se-scale">
          <label>
            {tq('editMin')}
            <input
              type="number"
              min={-10}
              max={10}
              value={props.value.min ?? ''}
              onChange={(e) => patch({ min: num(e.currentTarget.value) })}
            />
          </label>
          <label>
            {tq('editMax')}
            <input
              type="number"
              min={-10}
              max={10}
              value={props.value.max ?? ''}
              onChange={(e) => patch({ max: num(e.currentTarget.value) })}
            />
          </label>
          <label>
            {tq('editMinLabel')}
            <input
              value={props.value.minLabel ?? ''}
              onChange={(e) => patch({ minLabel: e.currentTarget.value || undefined })}
            />
          </label>
          <label>
            {tq('editMaxLabel')}
            <input
              value={props.value.maxLabel ?? ''}
              onChange={(e) => patch({ maxLabel: e.currentTarget.value || undefined })}
            />
          </label>
        </div>
      </Show>
      <Show when={kind() === 'text'}>
        <label class="check">
          <input
            type="checkbox"
            checked={props.value.wall ?? false}
            onChange={(e) => patch({ wall: e.currentTarget.checked || undefined })}
            data-testid="setup-wall"
          />
          {tw('setupWall')}
        </label>
      </Show>
    </div>
  );
}
