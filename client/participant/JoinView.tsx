// Join by code: typed by hand (any case, spaces and dashes allowed) or filled in from a link.
import { Show, createSignal, createUniqueId } from 'solid-js';
import { errorMessage } from '../../shared/errors.js';
import { LanguagePicker } from '../common/LanguagePicker.js';
import { lang } from '../i18n/i18n.js';
import { t } from '../i18n/participant.js';
import { tj } from '../i18n/participantJoin.js';
import { fetchSessionInfo, type SessionInfo } from './api.js';
import { normalizeCode } from '../../shared/sessionCode.js';
import { Brand } from './Brand.js';
import { keptForm } from './keptForm.js';

export type JoinError = 'session_not_found' | 'codeInvalid' | 'network';

export function JoinView(props: {
  initialCode?: string;
  initialError?: JoinError;
  onJoined: (info: SessionInfo) => void;
}) {
  // Typed but not sent yet, before a reload into another language.
  const kept = keptForm<string>('code');
  const [code, setCode] = createSignal(props.initialCode ?? kept.load() ?? '');
  const [error, setError] = createSignal<JoinError | null>(props.initialError ?? null);
  const [busy, setBusy] = createSignal(false);
  const id = createUniqueId();
  let input!: HTMLInputElement;

  const message = () => {
    const e = error();
    if (!e) return '';
    if (e === 'session_not_found') return errorMessage('session_not_found', lang());
    return e === 'network' ? t('networkError') : tj('codeInvalid');
  };

  const submit = async (ev: Event) => {
    ev.preventDefault();
    if (busy()) return;
    const c = normalizeCode(code());
    if (!c) {
      setError('codeInvalid');
      input.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const r = await fetchSessionInfo(c);
    setBusy(false);
    if (r.kind === 'ok') {
      kept.clear();
      return props.onJoined(r.info);
    }
    setError(r.kind === 'notFound' ? 'session_not_found' : 'network');
    input.focus();
  };

  return (
    <div class="page">
      <header class="topbar">
        <Brand />
        <LanguagePicker />
      </header>
      <main class="content">
        <form class="card join" onSubmit={submit} novalidate>
          <h1>{tj('joinTitle')}</h1>
          <p class="hint">{tj('joinIntro')}</p>
          <div class="field">
            <label for={`${id}-code`}>{tj('codeLabel')}</label>
            <input
              ref={input}
              id={`${id}-code`}
              class="code-input"
              name="code"
              value={code()}
              onInput={(e) => {
                setCode(e.currentTarget.value);
                kept.save(code());
              }}
              autocomplete="off"
              autocapitalize="characters"
              spellcheck={false}
              maxlength={16}
              aria-invalid={error() ? 'true' : undefined}
              aria-describedby={`${id}-hint ${id}-err`}
              data-testid="code-input"
            />
            <p class="hint" id={`${id}-hint`}>
              {tj('codeHint')}
            </p>
            <p class="error" id={`${id}-err`} role="alert" data-testid="join-error">
              {message()}
            </p>
          </div>
          <button type="submit" class="wide" disabled={busy()} data-testid="join-submit">
            <Show when={busy()} fallback={tj('join')}>
              {tj('checking')}
            </Show>
          </button>
        </form>
      </main>
    </div>
  );
}
