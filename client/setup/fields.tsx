// Form controls of the setup editor: every control has a visible label, an optional hint and its
// error, tied together with aria-describedby so a screen reader hears all three.
import { createContext, createEffect, For, Show, useContext, type JSX } from 'solid-js';

type ErrorOf = (id: string) => string | undefined;

/** The editor's error lookup: the message to show under a control, or undefined. */
export const ErrorContext = createContext<ErrorOf>(() => undefined);

/** The ids of a control's hint and error, when it shows them. */
function describedBy(props: { id: string; hint?: JSX.Element }, error: ErrorOf): string | undefined {
  const ids = [props.hint ? `${props.id}-hint` : '', error(props.id) ? `${props.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return ids || undefined;
}

function FieldHint(props: { id: string; hint?: JSX.Element }) {
  return (
    <Show when={props.hint}>
      <p class="hint" id={`${props.id}-hint`}>
        {props.hint}
      </p>
    </Show>
  );
}

export function FieldError(props: { id: string }) {
  const error = useContext(ErrorContext);
  return (
    <Show when={error(props.id)}>
      {(msg) => (
        <p class="se-field-error" id={`${props.id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {msg()}
        </p>
      )}
    </Show>
  );
}

interface Common {
  id: string;
  label: JSX.Element;
  hint?: JSX.Element;
  class?: string;
  /** Label kept for screen readers only (the context says it visually). */
  labelHidden?: boolean;
}

export function TextField(
  props: Common & {
    value: string;
    onValue: (v: string) => void;
    multiline?: boolean;
    rows?: number;
    type?: 'text' | 'date' | 'time';
    list?: string;
    autocomplete?: string;
    lang?: string;
    spellcheck?: boolean;
  },
) {
  const error = useContext(ErrorContext);
  const aria = () => ({
    id: props.id,
    'aria-invalid': error(props.id) ? ('true' as const) : undefined,
    'aria-describedby': describedBy(props, error),
  });
  return (
    <div class={`field ${props.class ?? ''}`} classList={{ 'se-field-invalid': !!error(props.id) }}>
      <label for={props.id} classList={{ 'visually-hidden': !!props.labelHidden }}>
        {props.label}
      </label>
      <FieldHint id={props.id} hint={props.hint} />
      <Show
        when={props.multiline}
        fallback={
          <input
            {...aria()}
            type={props.type ?? 'text'}
            value={props.value}
            list={props.list}
            lang={props.lang}
            autocomplete={props.autocomplete ?? 'off'}
            spellcheck={props.spellcheck}
            onInput={(e) => props.onValue(e.currentTarget.value)}
          />
        }
      >
        <textarea
          {...aria()}
          rows={props.rows ?? 4}
          value={props.value}
          lang={props.lang}
          spellcheck={props.spellcheck}
          onInput={(e) => props.onValue(e.currentTarget.value)}
        />
      </Show>
      <FieldError id={props.id} />
    </div>
  );
}

/**
 * A whole-number field. The input keeps what the person typed (even half-typed or invalid); the
 * draft gets a number, null when empty (if allowed), or NaN when it is not a number.
 */
export function NumberField(
  props: Common & {
    value: number | null;
    onValue: (v: number | null) => void;
    min: number;
    max: number;
    emptyIsNull?: boolean;
  },
) {
  const error = useContext(ErrorContext);
  let el!: HTMLInputElement;
  createEffect(() => {
    const v = props.value;
    const cur = el.value === '' ? null : el.valueAsNumber;
    const same =
      v === cur || (typeof v === 'number' && typeof cur === 'number' && Number.isNaN(v) && Number.isNaN(cur));
    if (same) return;
    if (typeof v === 'number' && Number.isNaN(v)) return; // keep the invalid text on screen
    el.value = v === null ? '' : String(v);
  });
  return (
    <div class={`field se-field-number ${props.class ?? ''}`} classList={{ 'se-field-invalid': !!error(props.id) }}>
      <label for={props.id}>{props.label}</label>
      <FieldHint id={props.id} hint={props.hint} />
      <input
        ref={el}
        id={props.id}
        type="number"
        inputmode="numeric"
        step="1"
        min={props.min}
        max={props.max}
        aria-invalid={error(props.id) ? 'true' : undefined}
        aria-describedby={describedBy(props, error)}
        onInput={(e) => {
          const t = e.currentTarget;
          if (t.value === '') props.onValue(t.validity.badInput || !props.emptyIsNull ? NaN : null);
          else props.onValue(t.valueAsNumber);
        }}
      />
      <FieldError id={props.id} />
    </div>
  );
}

export function SelectField<T extends string>(
  props: Common & { value: T; onValue: (v: T) => void; options: readonly { value: T; label: string; lang?: string }[] },
) {
  const error = useContext(ErrorContext);
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={props.id}>{props.label}</label>
      <FieldHint id={props.id} hint={props.hint} />
      <select
        id={props.id}
        value={props.value}
        aria-describedby={describedBy(props, error)}
        onChange={(e) => props.onValue(e.currentTarget.value as T)}
      >
        <For each={props.options}>
          {(o) => (
            <option value={o.value} lang={o.lang} selected={o.value === props.value}>
              {o.label}
            </option>
          )}
        </For>
      </select>
      <FieldError id={props.id} />
    </div>
  );
}

/** A group of radio buttons with a legend; each option may carry a hint. */
export function RadioGroup<T extends string>(props: {
  id: string;
  legend: string;
  name: string;
  value: T;
  onValue: (v: T) => void;
  options: readonly { value: T; label: string; hint?: string }[];
}) {
  return (
    <fieldset class="se-radio-group" id={props.id}>
      <legend>{props.legend}</legend>
      <For each={props.options}>
        {(o) => {
          const rid = `${props.id}-${o.value}`;
          return (
            <div class="se-radio">
              <input
                type="radio"
                id={rid}
                name={props.name}
                value={o.value}
                checked={props.value === o.value}
                aria-describedby={o.hint ? `${rid}-hint` : undefined}
                onChange={() => props.onValue(o.value)}
              />
              <label for={rid}>
                {o.label}
                <Show when={o.hint}>
                  <span class="hint" id={`${rid}-hint`}>
                    {o.hint}
                  </span>
                </Show>
              </label>
            </div>
          );
        }}
      </For>
    </fieldset>
  );
}

/**
 * A small icon button for an item (move up/down, delete). Unavailable moves stay focusable
 * (aria-disabled) so keyboard focus is never dropped when an item reaches the top or bottom.
 */
export function IconButton(props: {
  label: string;
  icon: string;
  onClick: () => void;
  unavailable?: boolean;
  danger?: boolean;
  id?: string;
  move?: 'up' | 'down';
}) {
  return (
    <button
      type="button"
      id={props.id}
      class="se-icon-button"
      classList={{ 'se-danger': !!props.danger }}
      aria-label={props.label}
      title={props.label}
      aria-disabled={props.unavailable ? 'true' : undefined}
      data-move={props.move}
      onClick={() => {
        if (!props.unavailable) props.onClick();
      }}
    >
      <span aria-hidden="true">{props.icon}</span>
    </button>
  );
}

/**
 * An item's move-up, move-down and delete buttons (a speaker, a round, a question): ids
 * `<id>-up`, `<id>-down` and `<id>-<deleteId>`.
 */
export function ItemActions(props: {
  id: string;
  labels: { up: string; down: string; remove: string };
  canUp: boolean;
  canDown: boolean;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  /** The delete button's id suffix ('delete' unless told). */
  removeId?: string;
}) {
  return (
    <div class="se-item-actions">
      <IconButton
        id={`${props.id}-up`}
        icon="↑"
        move="up"
        label={props.labels.up}
        unavailable={!props.canUp}
        onClick={() => props.onMove(-1)}
      />
      <IconButton
        id={`${props.id}-down`}
        icon="↓"
        move="down"
        label={props.labels.down}
        unavailable={!props.canDown}
        onClick={() => props.onMove(1)}
      />
      <IconButton
        id={`${props.id}-${props.removeId ?? 'delete'}`}
        icon="✕"
        danger
        label={props.labels.remove}
        onClick={props.onRemove}
      />
    </div>
  );
}
