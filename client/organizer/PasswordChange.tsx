// Changing one's password (the other logins of this organizer end).
import { createSignal, Show } from 'solid-js';
import { organizerT as t } from '../i18n/organizer.js';
import { api } from './api.js';

export function PasswordChange() {
  const [status, setStatus] = createSignal<{ error: boolean; text: string } | null>(null);
  let current!: HTMLInputElement;
  let next!: HTMLInputElement;
  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const r = await api('POST', '/password', { current: current.value, next: next.value });
    setStatus(r.ok ? { error: false, text: t('passwordChanged') } : { error: true, text: r.message });
    if (r.ok) (e.target as HTMLFormElement).reset();
  }
  return (
    <details class="card org-password">
      <summary>{t('changePassword')}</summary>
      <form onSubmit={submit}>
        <input type="email" autocomplete="username" hidden tabindex="-1" />
        <div class="field">
          <label for="pw-current">{t('currentPassword')}</label>
          <input id="pw-current" ref={current} type="password" autocomplete="current-password" required />
        </div>
        <div class="field">
          <label for="pw-next">{t('newPassword')}</label>
          <input
            id="pw-next"
            ref={next}
            type="password"
            autocomplete="new-password"
            required
            minLength={8}
            aria-describedby="pw-next-hint"
          />
          <p class="hint" id="pw-next-hint">
            {t('passwordHint')}
          </p>
        </div>
        <Show when={status()}>
          {(s) => (
            <p class={s().error ? 'field-error' : 'hint'} role={s().error ? 'alert' : 'status'}>
              {s().text}
            </p>
          )}
        </Show>
        <button type="submit">{t('save')}</button>
      </form>
    </details>
  );
}
