// Name, organization and country as the session's identity mode requires, and the interface
// language. Used to enter a session and, later, to edit the profile from the menu.
import { For, Show, createSignal, createUniqueId } from 'solid-js';
import type { IdentityMode } from '../../shared/definition.js';
import { LanguagePicker } from '../common/LanguagePicker.js';
import { tc } from '../i18n/common.js';
import { t } from '../i18n/participant.js';
import { tj } from '../i18n/participantJoin.js';
import { countsAnonymous, missingProfileFields, requiredProfileFields } from '../../shared/rules.js';
import { keptForm } from './keptForm.js';
import type { LocalProfile, ProfileField } from './profile.js';

const FIELDS: { field: ProfileField; autocomplete: string }[] = [
  { field: 'name', autocomplete: 'name' },
  { field: 'organization', autocomplete: 'organization' },
  { field: 'country', autocomplete: 'country-name' },
];

export function ProfileForm(props: {
  title: string;
  mode: IdentityMode;
  initial: LocalProfile | null;
  submitLabel: string;
  onSubmit: (p: LocalProfile) => void;
  onCancel?: () => void;
}) {
  const id = createUniqueId();
  const init = props.initial;
  // Typed but not sent yet, before a reload into another language.
  const kept = keptForm<{ values: Record<ProfileField, string>; anonymous: boolean }>('profile');
  const typed = kept.load();
  const [values, setValues] = createSignal<Record<ProfileField, string>>(
    typed?.values ?? {
      name: init?.name ?? '',
      organization: init?.organization ?? '',
      country: init?.country ?? '',
    },
  );
  const [anonymous, setAnonymous] = createSignal(typed?.anonymous ?? init?.anonymous ?? false);
  const keep = () => kept.save({ values: values(), anonymous: anonymous() });
  const [errors, setErrors] = createSignal<ProfileField[]>([]);
  const inputs: Partial<Record<ProfileField, HTMLInputElement>> = {};

  const profile = (): LocalProfile => ({
    ...values(),
    anonymous: countsAnonymous(props.mode, anonymous()),
  });
  // The server's rules (shared/rules.ts): which fields a profile needs, and when it is anonymous.
  const askFields = () => !countsAnonymous(props.mode, anonymous());
  const required = (f: ProfileField) => requiredProfileFields(props.mode, anonymous()).includes(f);

  const submit = (e: Event) => {
    e.preventDefault();
    const missing = missingProfileFields(props.mode, profile());
    setErrors(missing);
    if (missing.length) return inputs[missing[0]!]?.focus();
    kept.clear();
    props.onSubmit(profile());
  };

  const intro = () =>
    props.mode === 'named'
      ? tj('profileNamed')
      : props.mode === 'optional'
        ? tj('profileOptional')
        : tj('profileAnonymous');

  return (
    <form class="card profile" onSubmit={submit} novalidate data-testid="profile-form">
      <Show when={props.title}>
        <p class="session-title">{props.title}</p>
      </Show>
      <h1>{tj('profileTitle')}</h1>
      <p class="hint">{intro()}</p>
      <Show when={props.mode === 'optional'}>
        <div class="check">
          <input
            type="checkbox"
            id={`${id}-anon`}
            checked={anonymous()}
            onChange={(e) => {
              setAnonymous(e.currentTarget.checked);
              keep();
            }}
            data-testid="anonymous"
          />
          <label for={`${id}-anon`}>{tj('stayAnonymous')}</label>
        </div>
      </Show>
      <Show when={askFields()}>
        <For each={FIELDS}>
          {({ field, autocomplete }) => {
            const invalid = () => errors().includes(field);
            return (
              <div class="field">
                <label for={`${id}-${field}`}>
                  {tj(field)} <span class="mark">({required(field) ? tj('requiredMark') : tj('optionalMark')})</span>
                </label>
                <input
                  ref={(el) => (inputs[field] = el)}
                  id={`${id}-${field}`}
                  name={field}
                  autocomplete={autocomplete}
                  maxlength={300}
                  value={values()[field]}
                  onInput={(e) => {
                    setValues({ ...values(), [field]: e.currentTarget.value });
                    keep();
                    if (invalid()) setErrors(errors().filter((f) => f !== field));
                  }}
                  aria-required={required(field) ? 'true' : undefined}
                  aria-invalid={invalid() ? 'true' : undefined}
                  aria-describedby={invalid() ? `${id}-${field}-err` : undefined}
                  data-testid={`profile-${field}`}
                />
                <Show when={invalid()}>
                  <p class="error" id={`${id}-${field}-err`}>
                    {tj(`missing_${field}`)}
                  </p>
                </Show>
              </div>
            );
          }}
        </For>
      </Show>
      <div class="field">
        <span class="label" id={`${id}-lang`}>
          {tc('language')}
        </span>
        <LanguagePicker />
      </div>
      <div class="actions">
        <button type="submit" class="wide" data-testid="profile-submit">
          {props.submitLabel}
        </button>
        <Show when={props.onCancel}>
          <button
            type="button"
            class="secondary wide"
            onClick={() => {
              kept.clear();
              props.onCancel?.();
            }}
          >
            {t('cancel')}
          </button>
        </Show>
      </div>
    </form>
  );
}
