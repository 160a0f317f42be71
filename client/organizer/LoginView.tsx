// First-visit setup (no organizer yet) or login: one form, two wordings.
import { createSignal, Show } from 'solid-js';
import type { OrganizerMe } from '../../shared/organizerHttp.js';
import { organizerT as t } from '../i18n/organizer.js';
import { api } from './api.js';
import { FieldError } from '../common/FieldError.js';

export function LoginView(props: { setup: boolean; onDone: (me: OrganizerMe) => void }) {
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let email!: HTMLInputElement;
  let password!: HTMLInputElement;
  let confirm: HTMLInputElement | undefined;

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    setError('');
    if (props.setup && confirm && confirm.value !== password.value) {
      setError(t('passwordsDiffer'));
      confirm.focus();
      return;
    }
    setBusy(true);
    const r = await api<OrganizerMe>('POST', props.setup ? '/setup' : '/login', {
      email: email.value,
      password: password.value,
    });
    setBusy(false);
    if (r.ok) props.onDone(r.body);
    else setError(r.message);
  }

  return (
    <section class="card org-login" aria-labelledby="org-login-title">
      <h1 id="org-login-title">{props.setup ? t('setupTitle') : t('loginTitle')}</h1>
      <p class="hint">{props.setup ? t('setupIntro') : t('loginIntro')}</p>
      <form onSubmit={submit}>
        <div class="field">
          <label for="org-email">{t('email')}</label>
          <input id="org-email" ref={email} type="email" autocomplete="username" required />
        </div>
        <div class="field">
          <label for="org-password">{t('password')}</label>
          <input
            id="org-password"
            ref={password}
            type="password"
            autocomplete={props.setup ? 'new-password' : 'current-password'}
            required
            aria-describedby={props.setup ? 'org-password-hint' : undefined}
          />
          <Show when={props.setup}>
            <p class="hint" id="org-password-hint">
              {t('passwordHint')}
            </p>
          </Show>
        </div>
        <Show when={props.setup}>
          <div class="field">
            <label for="org-password2">{t('passwordConfirm')}</label>
            <input id="org-password2" ref={confirm} type="password" autocomplete="new-password" required />
          </div>
        </Show>
        <FieldError message={error()} />
        <button type="submit" disabled={busy()}>
          {props.setup ? t('setupButton') : t('loginButton')}
        </button>
      </form>
    </section>
  );
}
