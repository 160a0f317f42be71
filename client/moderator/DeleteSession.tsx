// "Delete this session" in the console's join card: the moderator types the code to confirm; the
// server deletes everything and disconnects everyone; this console goes home and forgets the links.
import { createSignal } from 'solid-js';
import { normalizeCode } from '../../shared/sessionCode.js';
import { requestJson } from '../common/http.js';
import { lang } from '../i18n/i18n.js';
import { tsk } from '../i18n/staffKeys.js';
import { useConsole } from './context.js';
import { FieldError } from '../common/FieldError.js';

export function DeleteSession() {
  const c = useConsole();
  const [typed, setTyped] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');

  async function remove() {
    if (normalizeCode(typed()) !== c.code) {
      setError(tsk('deleteMismatch', { code: c.code }));
      return;
    }
    setBusy(true);
    setError('');
    try {
      const r = await requestJson<{ deleted: string }>(`/api/sessions/${encodeURIComponent(c.code)}`, {
        method: 'DELETE',
        body: JSON.stringify({ confirm: c.code }),
        headers: {
          authorization: `Bearer ${c.moderatorKey}`,
          'content-type': 'application/json',
          'accept-language': lang(),
        },
      });
      if (r.kind !== 'ok') {
        setError(tsk('deleteFailed', { detail: r.kind === 'refused' ? r.message : 'network' }));
        return;
      }
      try {
        localStorage.removeItem(`palabre:links:${c.code}`);
        sessionStorage.clear();
      } catch {
        /* blocked storage: nothing kept to forget */
      }
      location.assign('/');
    } finally {
      setBusy(false);
    }
  }

  return (
    <details class="staff-keys delete-session">
      <summary>{tsk('deleteTitle')}</summary>
      <p class="hint">{tsk('deleteIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void remove();
        }}
      >
        <label for="delete-session-code">{tsk('deleteLabel', { code: c.code })}</label>
        <input
          id="delete-session-code"
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={typed()}
          aria-invalid={error() ? 'true' : undefined}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <button type="submit" class="small danger" disabled={busy()}>
          {busy() ? tsk('deleting') : tsk('deleteButton')}
        </button>
      </form>
      <FieldError message={error()} />
    </details>
  );
}
