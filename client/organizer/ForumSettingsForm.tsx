// A forum's settings: what its sessions inherit, its report logo, privacy notice and retention.
import { createSignal, For, Show } from 'solid-js';
import { DEFINITION_DEFAULTS, IDENTITY_MODES, LANGUAGES } from '../../shared/definition.js';
import { FORUM_LIMITS, type ForumSettings } from '../../shared/forum.js';
import { LANGUAGE_NAMES } from '../i18n/i18n.js';
import { organizerT as t } from '../i18n/organizer.js';

export const EMPTY_FORUM: ForumSettings = {
  name: '',
  city: '',
  startDate: '',
  endDate: '',
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || DEFINITION_DEFAULTS.timeZone,
  theme: '',
  language: DEFINITION_DEFAULTS.language,
  identity: DEFINITION_DEFAULTS.identity,
  logo: '',
  privacy: { fr: '', en: '', es: '' },
  retentionDays: null,
};

export function ForumSettingsForm(props: {
  idPrefix: string;
  initial: ForumSettings;
  submitLabel: string;
  /** Resolves with an error message, or '' when saved. */
  onSubmit: (s: ForumSettings) => Promise<string>;
  /** Only name, city and dates at creation; everything when editing. */
  full: boolean;
}) {
  const [s, setS] = createSignal<ForumSettings>(structuredClone(props.initial));
  const [status, setStatus] = createSignal<{ error: boolean; text: string } | null>(null);
  const id = (k: string) => `${props.idPrefix}-${k}`;
  const set = <K extends keyof ForumSettings>(k: K, v: ForumSettings[K]) => setS({ ...s(), [k]: v });
  const text = (k: 'name' | 'city' | 'theme' | 'timeZone', required = false) => (
    <div class="field">
      <label for={id(k)}>{t(k === 'name' ? 'forumName' : k)}</label>
      <input
        id={id(k)}
        value={s()[k]}
        required={required}
        maxLength={FORUM_LIMITS.text}
        onInput={(e) => set(k, e.currentTarget.value)}
      />
    </div>
  );
  const date = (k: 'startDate' | 'endDate') => (
    <div class="field">
      <label for={id(k)}>{t(k)}</label>
      <input id={id(k)} type="date" value={s()[k]} onInput={(e) => set(k, e.currentTarget.value)} />
    </div>
  );

  async function readLogo(file: File | undefined) {
    if (!file) return;
    if (file.size > 150_000) {
      setStatus({ error: true, text: t('logoTooBig') });
      return;
    }
    const url = await new Promise<string>((done) => {
      const r = new FileReader();
      r.onload = () => done(String(r.result));
      r.readAsDataURL(file);
    });
    set('logo', url);
  }

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    setStatus(null);
    const error = await props.onSubmit(s());
    setStatus(error ? { error: true, text: error } : { error: false, text: t('saved') });
  }

  return (
    <form class="org-settings" onSubmit={submit}>
      <div class="org-grid">
        {text('name', true)}
        {text('city')}
        {date('startDate')}
        {date('endDate')}
        <Show when={props.full}>
          {text('timeZone')}
          {text('theme')}
          <div class="field">
            <label for={id('language')}>{t('defaultLanguage')}</label>
            <select
              id={id('language')}
              value={s().language}
              onChange={(e) => set('language', e.currentTarget.value as ForumSettings['language'])}
            >
              <For each={LANGUAGES}>{(l) => <option value={l}>{LANGUAGE_NAMES[l]}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for={id('identity')}>{t('identity')}</label>
            <select
              id={id('identity')}
              value={s().identity}
              onChange={(e) => set('identity', e.currentTarget.value as ForumSettings['identity'])}
            >
              <For each={IDENTITY_MODES}>{(m) => <option value={m}>{t(`identity_${m}`)}</option>}</For>
            </select>
          </div>
        </Show>
      </div>
      <Show when={props.full}>
        <div class="field">
          <label for={id('logo')}>{t('logo')}</label>
          <input
            id={id('logo')}
            type="file"
            accept="image/png,image/jpeg"
            onChange={(e) => void readLogo(e.currentTarget.files?.[0])}
          />
          <Show when={s().logo}>
            <div class="org-logo">
              <img src={s().logo} alt="" />
              <button type="button" class="secondary" onClick={() => set('logo', '')}>
                {t('removeLogo')}
              </button>
            </div>
          </Show>
        </div>
        <fieldset class="org-privacy">
          <legend>{t('privacyTitle')}</legend>
          <p class="hint">{t('privacyHint')}</p>
          <For each={LANGUAGES}>
            {(l) => (
              <div class="field">
                <label for={id(`privacy-${l}`)}>{t(`privacy_${l}`)}</label>
                <textarea
                  id={id(`privacy-${l}`)}
                  lang={l}
                  rows={3}
                  maxLength={FORUM_LIMITS.notice}
                  value={s().privacy[l]}
                  onInput={(e) => set('privacy', { ...s().privacy, [l]: e.currentTarget.value })}
                />
              </div>
            )}
          </For>
          <div class="field">
            <label for={id('retention')}>{t('retention')}</label>
            <input
              id={id('retention')}
              type="number"
              min="0"
              max={FORUM_LIMITS.retentionDays}
              inputmode="numeric"
              value={s().retentionDays ?? ''}
              onInput={(e) => {
                const v = e.currentTarget.value.trim();
                set('retentionDays', v === '' ? null : Math.max(0, Math.floor(Number(v))));
              }}
            />
          </div>
        </fieldset>
      </Show>
      <Show when={status()}>
        {(st) => (
          <p class={st().error ? 'field-error' : 'hint'} role={st().error ? 'alert' : 'status'}>
            {st().text}
          </p>
        )}
      </Show>
      <button type="submit">{props.submitLabel}</button>
    </form>
  );
}
